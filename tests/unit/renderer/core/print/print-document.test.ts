import { describe, expect, it } from 'vitest'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'
import { renderPrintDocument } from '../../../../../renderer/core/print/print-document'

const runtime = {
  slideCss: '.frame-css{}', printCss: '.print-css{}', styles: ['.theme{}'],
  script: { code: 'document.documentElement.setAttribute("data-bd-ready","")', sha256: 'h=' },
  tableFontPx: 27.2,
}
const deck = (source: string, file = 'd.md') => parseDeck(source, { file }).deck
const pages = (html: string) => html.split('<div class="bd-page').length - 1

describe('renderPrintDocument', () => {
  it('numbers the pages in their footers, and sizes the page for the printer', () => {
    const plan = renderPrintDocument([deck('---\ntitle: T\n---\n# A\n---\n# B\n--\n# C')], { layout: 'slides', size: '16:9', fragments: false }, runtime)
    expect(plan.pageCount).toBe(3)
    expect(pages(plan.html)).toBe(3)
    expect(plan.html).toContain('<footer class="bd-footer bd-footer-over"><span>T</span><span>3</span></footer>')
    expect(plan.html).toContain('@page { size: 1280px 720px; margin: 0 }')
    expect(plan.title).toBe('T')
  })

  it('stamps a deck’s backup divider with that deck’s marking and draft state, not the book’s', () => {
    const plain = deck('---\ntitle: Plain\nmarking: INTERNAL\n---\n# A\n---\n<!-- .slide: data-backup -->\n## Spare', 'a.md')
    const draft = deck('---\ntitle: Draft\nmarking: CONFIDENTIAL\nstatus: draft\n---\n# B', 'b.md')
    const { html } = renderPrintDocument([plain, draft], { layout: 'slides', size: 'a4', fragments: false }, runtime)
    const divider = html.split('<div class="bd-page ').find((page) => page.includes('Backup slides')) ?? ''
    expect(divider).toContain('>INTERNAL</div>')
    expect(divider).not.toContain('CONFIDENTIAL</div>')
    expect(divider).not.toContain('class="bd-page-draft"')
  })

  it('puts the slide frame’s CSS, then the print CSS, before the theme, so the theme wins as over reveal.css', () => {
    const { html } = renderPrintDocument([deck('# A')], { layout: 'slides', size: '16:9', fragments: false }, runtime)
    const order = ['--bd-page-w', '.frame-css{}', '.print-css{}', '.theme{}'].map((css) => html.indexOf(css))
    expect(order.every((at) => at > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })

  it('tells the layout script the slide height, and allows only that script', () => {
    const { html } = renderPrintDocument([deck('# A')], { layout: 'slides', size: '16:9', fragments: false }, runtime)
    expect(html).toContain('<body class="bd-print bd-slides" data-bd-slide-height="720">')
    expect(html).toContain('script-src &#39;sha256-h=&#39;')
  })

  it('lays out handouts on portrait pages', () => {
    const plan = renderPrintDocument([deck('# A\nNote: n\n---\n# B')], { layout: 'handout', size: 'a4', fragments: false }, runtime)
    expect(plan.html).toContain('@page { size: 210mm 297mm; margin: 0 }')
    expect(plan.html).toContain('<body class="bd-print bd-handout"')
    expect(plan.pageCount).toBe(1)
  })

  it('refuses a 16:9 handout, in every handout layout', () => {
    for (const layout of ['handout', 'per-page-2', 'per-page-3', 'per-page-6'] as const) {
      expect(() => renderPrintDocument([deck('# A')], { layout, size: '16:9', fragments: false }, runtime)).toThrow(/a4 or --size letter/)
    }
  })

  it('lays out each slides-only handout in its grid: 2, 3 and 6 slides a page', () => {
    const seven = deck(Array.from({ length: 7 }, (_, i) => `# S${i}`).join('\n---\n'))
    const count = (layout: 'per-page-2' | 'per-page-3' | 'per-page-6') => renderPrintDocument([seven], { layout, size: 'letter', fragments: false }, runtime).pageCount
    expect([count('per-page-2'), count('per-page-3'), count('per-page-6')]).toEqual([4, 3, 2])
  })

  it('puts a book’s cover and contents first and bookmarks each deck with its slides beneath it', () => {
    const decks = [deck('# One\n---\n# Two', '01.md'), deck('---\ntitle: Second\n---\n# Three', '02.md')]
    const plan = renderPrintDocument(decks, { layout: 'slides', size: '16:9', fragments: false, book: { title: 'Book' } }, runtime)
    expect(plan.pageCount).toBe(2 + 3)
    expect(plan.chapterPages).toEqual([2, 4])
    expect(plan.title).toBe('Book')
    expect(plan.outline.map((e) => [e.title, e.pageIndex, e.children.map((c) => [c.title, c.pageIndex])])).toEqual([
      ['Contents', 1, []], ['One', 2, [['One', 2], ['Two', 3]]], ['Second', 4, [['Three', 4]]],
    ])
  })

  it('starts a single deck at page 0, with its slides as top-level bookmarks', () => {
    const plan = renderPrintDocument([deck('# One\n---\nno heading\n---\n## Three')], { layout: 'slides', size: '16:9', fragments: false }, runtime)
    expect(plan.chapterPages).toEqual([0])
    expect(plan.outline.map((e) => [e.title, e.pageIndex])).toEqual([['One', 0], ['Slide 2', 1], ['Three', 2]])
  })
})
