import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import type { ExportProgress } from '../../../../../../electron/node/export/export-briefing'
import type { Printer } from '../../../../../../electron/node/export/printer'
import { exportPptx } from '../../../../../../electron/node/export/pptx/export-pptx'
import { readPptx } from '../../../../../helpers/pptx'
import { useTempDir } from '../../../../../helpers/temp-dir'

/** A printer that fails the test if the export asks for it: these decks need no browser. */
const noBrowser: Printer = {
  pdf: async () => { throw new Error('no browser may be used') },
  png: async () => { throw new Error('no browser may be used') },
  measure: async () => { throw new Error('no browser may be used') },
  close: async () => {},
}

const DECK = `---
title: Readback
author: Desk officer
---
# Opening

Overview line

Note: Opening notes

---

## Points

- First **bold**, *italic*, \`code\` and a [link](https://example.com/a)
  - Nested one
    - Nested two
- Second <!-- .element: class="fragment" -->

1. One
2. Two

Note: Points notes

With a **second** paragraph

---

## Data

| Name | Value |
|---|--:|
| alpha | 1 |
| beta | 2 |

![A red chart](chart.png)

Note: Data notes

---

<!-- .slide: data-background-color="#13235b" -->
## Dark
`

function redPng(width: number, height: number): Buffer {
  const png = new PNG({ width, height })
  for (let i = 0; i < png.data.length; i += 4) png.data.set([200, 30, 30, 255], i)
  return PNG.sync.write(png)
}

describe('exportPptx, read back from the written file', () => {
  const tempDir = useTempDir()
  const run = async (input: string) => {
    const written = new Map<string, Uint8Array>()
    const progress: ExportProgress[] = []
    const report = await exportPptx(
      { input, output: '/virtual/out.pptx', layout: 'slides', fragments: false, format: 'pptx' },
      { printer: noBrowser, write: async (path, bytes) => void written.set(path, bytes), progress: (event) => void progress.push(event) },
    )
    return { report, progress, pptx: await readPptx(written.get('/virtual/out.pptx') as Uint8Array), bytes: written.get('/virtual/out.pptx') as Uint8Array }
  }
  const deck = () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'deck.md'), DECK)
    writeFileSync(join(dir, 'chart.png'), redPng(300, 150))
    return join(dir, 'deck.md')
  }

  it('puts each slide title in the layout\'s title placeholder, on the title or content layout', async () => {
    const { pptx, report, progress } = await run(deck())
    expect(pptx.slides.map((s) => s.title)).toEqual(['Opening', 'Points', 'Data', 'Dark'])
    expect(pptx.slides.map((s) => s.layout)).toEqual(['Title Slide', 'Title and Content', 'Title and Content', 'Title and Content'])
    expect(report).toMatchObject({ outputs: ['/virtual/out.pptx'], pages: 4, decks: 1, slides: 4 })
    expect(progress.map((p) => p.phase)).toEqual(['compile', 'print', 'write'])
  })

  it('writes paragraphs and nested lists as bullet levels in the body placeholder, with runs and links', async () => {
    const { pptx } = await run(deck())
    const body = pptx.slides[1].shapes.find((s) => s.placeholder === 'body')
    expect(body?.paragraphs.map((p) => [p.level, p.bullet, p.text])).toEqual([
      [0, 'char', 'First bold, italic, code and a link'],
      [1, 'char', 'Nested one'],
      [2, 'char', 'Nested two'],
      [0, 'char', 'Second'],
      [0, 'number', 'One'],
      [0, 'number', 'Two'],
    ])
    expect(body?.paragraphs.every((p) => p.pPrCount === 1)).toBe(true)
    expect(pptx.slides[1].links).toEqual(['https://example.com/a'])
    expect(pptx.slides[0].shapes.find((s) => s.placeholder === 'body')?.paragraphs.map((p) => p.text)).toEqual(['Overview line'])
  })

  it('makes a fragment an appear animation on its own paragraph', async () => {
    const { pptx } = await run(deck())
    const body = pptx.slides[1].shapes.find((s) => s.placeholder === 'body')
    expect(pptx.slides[1].clicks).toEqual([[{ shapeId: body?.id, paragraph: 3 }]])
    expect(pptx.slides[0].clicks).toEqual([])
  })

  it('writes a table as a PowerPoint table and an image as a picture part at its aspect ratio', async () => {
    const { pptx, bytes } = await run(deck())
    const data = pptx.slides[2]
    expect(data.tables).toEqual([[['Name', 'Value'], ['alpha', '1'], ['beta', '2']]])
    expect(data.pictures).toHaveLength(1)
    expect(data.pictures[0].descr).toBe('A red chart')
    const media = pptx.media[data.pictures[0].media as string]
    expect(PNG.sync.read(Buffer.from(media))).toMatchObject({ width: 300, height: 150 })
    const ext = /<p:pic>[\s\S]*?<a:ext cx="(\d+)" cy="(\d+)"/.exec(Buffer.from(await (await import('jszip')).default.loadAsync(bytes).then((z) => z.file(data.path)?.async('string') ?? '')).toString())
    expect(Number(ext?.[1]) / Number(ext?.[2])).toBeCloseTo(2, 2)
  })

  it('puts speaker notes in the notes pane, a paragraph per line', async () => {
    const { pptx } = await run(deck())
    expect(pptx.slides.map((s) => s.notes)).toEqual(['Opening notes', 'Points notes\nWith a second paragraph', 'Data notes', '']) // the last slide has none
  })

  it('keeps backgrounds, the deck\'s colours and the Noto fonts in the theme, and unique shape ids', async () => {
    const { pptx } = await run(deck())
    expect(pptx.slides[3].backgroundColor).toBe('13235B')
    expect(pptx.theme).toContain('<a:latin typeface="Noto Sans"/>')
    expect(pptx.theme).toContain('<a:ea typeface="Noto Sans JP"/>')
    expect(pptx.theme).toContain('<a:cs typeface="Noto Sans Devanagari"/>')
    expect(pptx.theme).toContain('<a:dk2><a:srgbClr val="13235B"/></a:dk2>')
    for (const slide of pptx.slides) {
      const ids = slide.shapes.map((s) => s.id)
      expect(new Set(ids).size).toBe(ids.length)
    }
  })

  it('makes a folder one presentation: the book\'s cover, then a section per deck', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'book'))
    writeFileSync(join(dir, 'book', 'briefing.yml'), 'title: The Book\nsubtitle: Read-ahead\ndate: 2025-08-30\n')
    writeFileSync(join(dir, 'book', '01-a.md'), '---\ntitle: Alpha\n---\n## A one\n\nNote: a\n---\n## A two')
    writeFileSync(join(dir, 'book', '02-b.md'), '---\ntitle: Beta\n---\n## B one')
    const { pptx, report } = await run(join(dir, 'book'))
    expect(pptx.sections).toEqual([{ name: 'Cover', slides: 1 }, { name: 'Alpha', slides: 2 }, { name: 'Beta', slides: 1 }])
    expect(pptx.slides.map((s) => s.title)).toEqual(['The Book', 'A one', 'A two', 'B one'])
    expect(pptx.slides[0].shapes.find((s) => s.placeholder === 'body')?.paragraphs.map((p) => p.text)).toEqual(['Read-ahead', '30 August 2025'])
    expect(report).toMatchObject({ pages: 4, decks: 2, slides: 3 })
  })

  it('writes nothing and names the file and line when a deck has errors', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'bad.md'), '## A\n\n```js\nnever closed')
    let wrote = false
    await expect(exportPptx({ input: join(dir, 'bad.md'), output: join(dir, 'o.pptx'), layout: 'slides', fragments: false, format: 'pptx' },
      { printer: noBrowser, write: async () => void (wrote = true) })).rejects.toMatchObject({ code: 'E_COMPILE', message: expect.stringMatching(/bad\.md:3: error: /) })
    expect(wrote).toBe(false)
  })
})
