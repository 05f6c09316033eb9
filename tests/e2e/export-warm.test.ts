import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDeck } from '../bench/generate-deck'
import { pdfInfo, pdfPageTexts } from '../helpers/pdf'
import { type Served, startServe } from '../helpers/serve'

let folder: string
let served: Served
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'briefdeck-warm-'))
  writeFileSync(join(folder, 'long.md'), generateDeck(90))
  writeFileSync(join(folder, 'short.md'), '---\ntitle: Short\n---\n# One\n---\n# Two\n')
  // The trace shows what each export did (a warm export's slices of at most 20 pages make five of
  // the long deck); a fixed date makes two exports of the same deck comparable byte for byte.
  served = await startServe(folder, [], { BRIEFDECK_TRACE: '1', BRIEFDECK_SLICE_PAGES: undefined, SOURCE_DATE_EPOCH: '1700000000' })
})
afterAll(async () => {
  await served?.stop()
  rmSync(folder, { recursive: true, force: true })
})

/** Exports through the real HTTP API; returns the downloaded PDF (saved to a file) and that export's phase table. */
async function exportPdf(path: string): Promise<{ file: string; bytes: Buffer; table: string }> {
  const before = served.output().length
  const response = await fetch(`${served.origin}/api/export.pdf`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Briefdeck-Token': served.token }, body: JSON.stringify({ path, layout: 'slides', size: '16:9' }),
  })
  const reply = await response.json() as { ok: boolean; value: { location: string; pages: number } }
  expect(reply.ok, JSON.stringify(reply)).toBe(true)
  const download = await fetch(`${served.origin}${reply.value.location}`)
  expect(download.status).toBe(200)
  const bytes = Buffer.from(await download.arrayBuffer())
  const file = join(folder, `download-${before}.pdf`)
  writeFileSync(file, bytes)
  // The table is written after the reply; wait for its last line.
  for (let i = 0; i < 100 && !served.output().slice(before).includes('total (wall)'); i++) await new Promise((resolve) => setTimeout(resolve, 20))
  const table = served.output().slice(before)
  expect(table).toContain(`export of ${path} (slides):`)
  return { file, bytes, table }
}

/** The slices an export printed (its table lists them as they started). */
const printed = (table: string): string[] => [...table.matchAll(/^print (\d+\/\d+)/gm)].map((m) => m[1]).sort()

describe('warm export from `briefdeck serve`: the browser kept, decks and printed slices cached', () => {
  it('prints every slice the first time, nothing again for an unchanged deck, and only the changed slice after an edit', async () => {
    const first = await exportPdf('long.md')
    expect(printed(first.table)).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5'])
    expect(first.table).toMatch(/^page open/m)

    // Unchanged: no page opened, nothing printed, and the same PDF.
    const again = await exportPdf('long.md')
    expect(printed(again.table)).toEqual([])
    expect(again.table).not.toMatch(/^page open/m)
    expect(again.bytes.equals(first.bytes)).toBe(true)

    // Another deck prints in the kept pages: no new page either.
    const other = await exportPdf('short.md')
    expect(printed(other.table)).toEqual([])
    expect(other.table).toMatch(/^print /m)
    expect(other.table).not.toMatch(/^page open/m)

    // An edit to the last slide reprints the last slice only, and the PDF has the edit.
    const text = readFileSync(join(folder, 'long.md'), 'utf8')
    writeFileSync(join(folder, 'long.md'), text.replace('## Slide 90: Indo-Pacific item 90', '## Slide 90: Edited just before the briefing'))
    const edited = await exportPdf('long.md')
    expect(printed(edited.table)).toEqual(['5/5'])
    expect(Number(pdfInfo(edited.file).Pages)).toBe(90)
    const pages = pdfPageTexts(edited.file)
    expect(pages[89]).toContain('Edited just before the briefing')
    expect(pdfPageTexts(first.file).slice(0, 89)).toEqual(pages.slice(0, 89))
  }, 120_000)
})
