import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDeck } from '../bench/generate-deck'
import { BIN } from '../helpers/browser'
import { pdfFonts, pdfInfo, pdfLinks, pdfOutline, pdfPageTexts, pdfStructure } from '../helpers/pdf'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-slices-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Exports with the real CLI, its slice size set; returns its --profile table. */
function exportWith(deck: string, out: string, slicePages: number): string {
  const run = spawnSync(process.execPath, [BIN, 'export', deck, '-o', out, '--profile'], {
    encoding: 'utf8', timeout: 150_000, env: { ...process.env, BRIEFDECK_SLICE_PAGES: String(slicePages), SOURCE_DATE_EPOCH: '1700000000' },
  })
  expect(run.status, run.stderr).toBe(0)
  return run.stderr
}

/**
 * A 300-slide training deck (headings, lists, tables, code, notes) with links across it: the first
 * slide to the last and out to the web, the last back to the first.
 */
function trainingDeck(): string {
  const file = join(dir, 'training.md')
  const text = generateDeck(300)
    .replace('## Slide 1: Indo-Pacific item 1\n', '## Slide 1: Indo-Pacific item 1 <span id="opening"></span>\n\n[To the last slide](#closing) · [the source](https://example.org/source)\n')
    .replace('## Slide 300: Indo-Pacific item 300\n', '## Slide 300: Indo-Pacific item 300 <span id="closing"></span>\n\n[Back to the first slide](#opening)\n')
  expect(text).toContain('#closing')
  expect(text).toContain('id="closing"')
  writeFileSync(file, text)
  return file
}

describe('a long print in slices, printed side by side and joined', () => {
  it('gives the same 300 pages as one print: text page by page, outline, fonts, links and tags', async () => {
    const deck = trainingDeck()
    const whole = join(dir, 'whole.pdf')
    const sliced = join(dir, 'sliced.pdf')
    const wholeTable = exportWith(deck, whole, 0)
    const slicedTable = exportWith(deck, sliced, 40)
    // The one was printed in one piece, the other in eight (300 pages, at most 40 a slice).
    expect(wholeTable).not.toMatch(/^print \d+\/\d+/m)
    expect(slicedTable).toMatch(/^print 8\/8/m)

    const [a, b] = [pdfInfo(whole), pdfInfo(sliced)]
    expect(Number(a.Pages)).toBe(300)
    expect(b.Pages).toBe(a.Pages)
    expect(b['Page size']).toBe(a['Page size'])
    expect(b.Tagged).toBe('yes')
    expect([b.Title, b.Author, b.CreationDate]).toEqual([a.Title, a.Author, a.CreationDate])

    const [textA, textB] = [pdfPageTexts(whole), pdfPageTexts(sliced)]
    expect(textA).toHaveLength(300)
    expect(textA[41]).toContain('Slide 42: Indo-Pacific item 42')
    for (let i = 0; i < 300; i++) expect(textB[i], `page ${i + 1}`).toBe(textA[i])

    expect(await pdfOutline(sliced)).toEqual(await pdfOutline(whole))

    // Each slice embeds its own subsets: more font objects, the same fonts, every one embedded.
    const family = (fonts: Array<{ name: string }>) => [...new Set(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')))].sort()
    const [fontsA, fontsB] = [pdfFonts(whole), pdfFonts(sliced)]
    expect(family(fontsB)).toEqual(family(fontsA))
    expect(fontsB.every((f) => f.embedded)).toBe(true)
    // No two different subsets share a name (a viewer would draw one with the other's glyphs).
    expect(new Set(fontsB.map((f) => f.name)).size).toBe(fontsB.length)

    const linksA = await pdfLinks(whole)
    expect(linksA[0]).toEqual(expect.arrayContaining(['page:300', 'uri:https://example.org/source']))
    expect(linksA[299]).toContain('page:1')
    expect(await pdfLinks(sliced)).toEqual(linksA)

    const structure = pdfStructure(whole)
    expect(structure).toMatch(/^Document/)
    expect(structure).toContain('/Headers [(id')
    expect(pdfStructure(sliced)).toBe(structure)
  }, 240_000)

  it('prints the same slices to the same bytes: a sliced export is deterministic too', () => {
    const deck = join(dir, 'training.md')
    const [one, two] = [join(dir, 'one.pdf'), join(dir, 'two.pdf')]
    exportWith(deck, one, 40)
    exportWith(deck, two, 40)
    expect(readFileSync(two).equals(readFileSync(one))).toBe(true)
  }, 240_000)
})
