import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { type ExportProgress, exportBriefing, pngName } from '../../../../../electron/node/export/export-briefing'
import { recordingPrinter } from '../../../../helpers/recording-printer'
import { useTempDir } from '../../../../helpers/temp-dir'

describe('exportBriefing, through its printer and write ports', () => {
  const tempDir = useTempDir()
  const run = async (input: string, options: { layout?: 'slides' | 'handout'; fragments?: boolean } = {}) => {
    const printer = recordingPrinter()
    const written = new Map<string, Uint8Array>()
    const progress: ExportProgress[] = []
    const report = await exportBriefing(
      { input, output: '/virtual/out.pdf', layout: options.layout ?? 'slides', fragments: options.fragments ?? false, format: 'pdf' },
      { printer, write: async (path, bytes) => void written.set(path, bytes), progress: (event) => void progress.push(event) },
    )
    return { printer, written, progress, report }
  }

  it('compiles, prints once, and writes one finished PDF with its title and outline', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'd.md'), '---\ntitle: Trade\nauthor: Desk\n---\n# One\n---\n# Two')
    const { printer, written, progress, report } = await run(join(dir, 'd.md'))
    expect(printer.prepared).toBe(1)
    expect(printer.documents).toHaveLength(1)
    expect(report).toMatchObject({ outputs: ['/virtual/out.pdf'], pages: 2, decks: 1, slides: 2 })
    const pdf = await PDFDocument.load(written.get('/virtual/out.pdf') as Uint8Array)
    expect(pdf.getTitle()).toBe('Trade')
    expect(pdf.getAuthor()).toBe('Desk')
    expect(progress.map((p) => p.phase)).toEqual(['compile', 'print', 'write'])
  })

  it('prints nothing and writes nothing when a deck has errors', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'd.md'), '# A\n\n```js\nnever closed')
    const printer = recordingPrinter()
    let wrote = false
    await expect(exportBriefing({ input: join(dir, 'd.md'), output: join(dir, 'o.pdf'), layout: 'slides', fragments: false, format: 'pdf' },
      { printer, write: async () => void (wrote = true) })).rejects.toMatchObject({ code: 'E_COMPILE', message: expect.stringContaining('d.md:3: error: code fence') })
    expect(printer.documents).toEqual([])
    expect(wrote).toBe(false)
  })

  it('warns about an unknown highlight theme in print as on the page', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'd.md'), '---\nhighlightTheme: nope\n---\n```js\nlet x = 1\n```')
    const { report } = await run(join(dir, 'd.md'))
    expect(report.diagnostics).toEqual([expect.objectContaining({ code: 'W_UNKNOWN_THEME', line: 2 })])
  })

  it('prints a reveal.js-themed deck without the bundled fonts, as its page has none', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'd.md'), '---\ntheme: black\n---\n# A')
    const { printer } = await run(join(dir, 'd.md'))
    expect(printer.documents[0]).not.toContain("@font-face{font-family:'Noto Sans'")
  })

  it('makes a folder a book with a cover from briefing.yml', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'book'))
    writeFileSync(join(dir, 'book', '01.md'), '# First')
    writeFileSync(join(dir, 'book', '02.md'), '# Second')
    writeFileSync(join(dir, 'book', 'briefing.yml'), 'title: The Book\n')
    const { printer, report } = await run(join(dir, 'book'))
    expect(report).toMatchObject({ decks: 2, pages: 4 })
    expect(printer.documents[0]).toContain('<h1>The Book</h1>')
  })

  it('names PNG pages after the output', () => {
    expect(pngName('/o/deck.png', 0, 9)).toBe('/o/deck-01.png')
    expect(pngName('/o/pages', 11, 120)).toBe('/o/pages/page-012.png')
  })
})
