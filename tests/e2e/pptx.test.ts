import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseDeck } from '../../renderer/core/deck/parse-deck'
import { BIN, ROOT } from '../helpers/browser'
import { pdfInfo, pdfText } from '../helpers/pdf'
import { convertWithLibreOffice, hasSoffice, readPptx } from '../helpers/pptx'

const SLIDES = join(ROOT, 'slides')
const DECKS = readdirSync(SLIDES).filter((f) => f.endsWith('.md')).sort()
const squash = (text: string) => text.replace(/\*\*|\*|`/g, '').replace(/\s+/g, ' ').trim()

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-pptx-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Runs the real CLI; returns its exit code and output. */
function briefdeck(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('briefdeck export -o x.pptx', () => {
  it.each(DECKS)('exports %s with every slide\'s title in its title placeholder and its notes in the notes pane', async (name) => {
    const out = join(dir, name.replace(/\.md$/, '.pptx'))
    const run = briefdeck(['export', join(SLIDES, name), '-o', out, '-q'])
    expect(run.code, run.stderr).toBe(0)
    const { deck } = parseDeck(readFileSync(join(SLIDES, name), 'utf8'))
    const pptx = await readPptx(readFileSync(out))
    expect(pptx.slides.map((s) => s.title)).toEqual(deck.slides.map((s) => s.title))
    pptx.slides.forEach((slide, i) => expect(squash(slide.notes ?? '')).toContain(squash(deck.slides[i].notes).slice(0, 60)))
  })

  it('makes the folder one presentation: the cover, then a section per deck, with a JSON summary', async () => {
    const out = join(dir, 'briefing.pptx')
    const run = briefdeck(['export', SLIDES, '-o', out, '--json'])
    expect(run.code, run.stderr).toBe(0)
    const pptx = await readPptx(readFileSync(out))
    const decks = DECKS.map((name) => parseDeck(readFileSync(join(SLIDES, name), 'utf8')).deck)
    expect(pptx.sections.map((s) => s.name)).toEqual(['Cover', ...decks.map((d) => d.title)])
    expect(pptx.sections.map((s) => s.slides)).toEqual([1, ...decks.map((d) => d.slides.length)])
    expect(pptx.slides[0].title).toBe('India–Japan: A Partnership Grows')
    expect(JSON.parse(run.stdout)).toMatchObject({ outputs: [out], pages: 1 + decks.reduce((n, d) => n + d.slides.length, 0), decks: 7, bytes: readFileSync(out).length })
    // Fragments became appear animations: the overview's five strands appear on five clicks.
    const strands = pptx.slides.find((s) => s.title === 'Five strands of one partnership')
    expect(strands?.clicks).toHaveLength(5)
    // A table, natively.
    expect(pptx.slides.find((s) => s.title === '…but it is lopsided')?.tables[0][3]).toEqual(['India\'s deficit', '$12.5 bn'])
  })

  it.skipIf(!hasSoffice)('opens in LibreOffice, which converts it to PDF with every slide title in the text', () => {
    const out = join(dir, 'book-for-lo.pptx')
    expect(briefdeck(['export', SLIDES, '-o', out, '-q']).code).toBe(0)
    const pdf = convertWithLibreOffice(out, dir)
    const decks = DECKS.map((name) => parseDeck(readFileSync(join(SLIDES, name), 'utf8')).deck)
    expect(Number(pdfInfo(pdf).Pages)).toBe(1 + decks.reduce((n, d) => n + d.slides.length, 0))
    const text = squash(pdfText(pdf))
    for (const title of decks.flatMap((d) => d.slides.map((s) => s.title))) expect(text).toContain(squash(title))
  })

  it('draws SVG and maths in Chromium: SVG kept as SVG with a real PNG fallback, maths a reported picture', async () => {
    const deck = join(dir, 'pictures.md')
    writeFileSync(deck, '## Pictures\n\n<svg width="120" height="60"><rect width="120" height="60" fill="#c2410c"/></svg>\n\nLet <math><mi>x</mi></math> be.\n')
    const out = join(dir, 'pictures.pptx')
    const run = briefdeck(['export', deck, '-o', out])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toContain(`${deck}:1: warning: text with inline maths or SVG has no PowerPoint equivalent; exported as a picture`)
    const pptx = await readPptx(readFileSync(out))
    const [svg, maths] = pptx.slides[0].pictures
    expect(svg.svg).toMatch(/\.svg$/)
    expect(Buffer.from(pptx.media[svg.media as string].subarray(0, 8)).toString('latin1')).toBe('\x89PNG\r\n\x1a\n')
    expect(Buffer.from(pptx.media[svg.svg as string]).toString()).toContain('<rect width="120" height="60" fill="#c2410c"/>')
    expect(maths.svg).toBeNull()
    expect(maths.descr).toBe('Let x be.')
  })

  it('refuses options that mean PDF, and a format that contradicts the file name', () => {
    const deck = join(SLIDES, DECKS[0])
    expect(briefdeck(['export', deck, '-o', join(dir, 'h.pptx'), '--layout', 'handout']).code).toBe(64)
    expect(briefdeck(['export', deck, '-o', join(dir, 'x.pdf'), '--format', 'pptx']).code).toBe(64)
    const mismatch = briefdeck(['export', deck, '-o', join(dir, 'x.pptx'), '--format', 'pdf'])
    expect(mismatch.code).toBe(64)
    expect(mismatch.stderr).toContain('is a PowerPoint file')
  })

  it('names the file and line of a deck error and leaves the previous file untouched', () => {
    const bad = join(dir, 'bad.md')
    writeFileSync(bad, '## A\n\n```js\nnever closed\n')
    const out = join(dir, 'kept.pptx')
    writeFileSync(out, 'previous')
    const run = briefdeck(['export', bad, '-o', out])
    expect(run.code).toBe(65)
    expect(run.stderr).toContain(`${bad}:3: error:`)
    expect(readFileSync(out, 'utf8')).toBe('previous')
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })
})
