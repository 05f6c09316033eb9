import { describe, expect, it } from 'vitest'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'
import { SHORT_NOTES, TOC_ROWS, isDark, renderPrintDocument, splitBackground } from '../../../../../renderer/core/print/print-document'

const runtime = { styles: ['.theme{}'], script: { code: 'document.documentElement.setAttribute("data-bd-ready","")', sha256: 'h=' } }
const deck = (source: string, file = 'd.md') => parseDeck(source, { file }).deck
const pages = (html: string) => html.split('<div class="bd-page').length - 1

describe('renderPrintDocument: slides', () => {
  it('prints one page per slide, with the deck title and page number in the footer', () => {
    const plan = renderPrintDocument([deck('---\ntitle: T\n---\n# A\n---\n# B\n--\n# C')], { layout: 'slides', size: '16:9', fragments: false }, runtime)
    expect(plan.pageCount).toBe(3)
    expect(pages(plan.html)).toBe(3)
    expect(plan.html).toContain('<footer class="bd-footer bd-footer-over"><span>T</span><span>3</span></footer>')
    expect(plan.html).toContain('@page { size: 1280px 720px; margin: 0 }')
  })

  it('shows fragments in their final state, or one page per step with --fragments', () => {
    const d = deck('- a <!-- .element: class="fragment" -->\n- b <!-- .element: class="fragment" data-fragment-index="0" -->\n- c\n---\n# plain')
    const final = renderPrintDocument([d], { layout: 'slides', size: '16:9', fragments: false }, runtime)
    expect(final.pageCount).toBe(2)
    expect(final.html.split('<body')[1]).not.toContain('bd-fragment-hidden')
    const steps = renderPrintDocument([d], { layout: 'slides', size: '16:9', fragments: true }, runtime)
    expect(steps.pageCount).toBe(4)
    // reveal.js order: the numbered fragment (b) first, then the unnumbered one (a).
    const first = steps.html.split('<div class="bd-page')[2]
    expect(first).toMatch(/<li class="fragment bd-fragment-hidden">a/)
    expect(first).toMatch(/<li class="fragment" data-fragment-index="0">b|<li data-fragment-index="0" class="fragment">b/)
  })

  it('bookmarks every slide by its title, a deck without a title as "Slide n"', () => {
    const plan = renderPrintDocument([deck('# One\n---\nno heading\n---\n## Three')], { layout: 'slides', size: '16:9', fragments: false }, runtime)
    expect(plan.outline.map((e) => [e.title, e.pageIndex])).toEqual([['One', 0], ['Slide 2', 1], ['Three', 2]])
  })

  it('fits a slide on an A4 or Letter landscape page with margins', () => {
    const plan = renderPrintDocument([deck('# A')], { layout: 'slides', size: 'a4', fragments: false }, runtime)
    expect(plan.html).toContain('@page { size: 297mm 210mm; margin: 0 }')
    expect(plan.html).toMatch(/transform:scale\(0\.8\d+\)/)
  })

  it('highlights code through the port, since no plugin runs in print', () => {
    const plan = renderPrintDocument([deck('```js\nconst a = 1\n```')], {
      layout: 'slides', size: '16:9', fragments: false, highlight: (code, lang) => `<span class="hljs-keyword">${lang}</span>${code.length}`,
    }, runtime)
    expect(plan.html).toContain('<code class="language-js hljs"><span class="hljs-keyword">js</span>11</code>')
  })
})

describe('renderPrintDocument: handouts', () => {
  it('pairs slides whose notes are short and gives long notes a page of their own', () => {
    const long = 'x'.repeat(SHORT_NOTES + 1)
    const plan = renderPrintDocument([deck(`# A\nNote: short\n---\n# B\nNote: short\n---\n# C\nNote: ${long}\n---\n# D\nNote: short`)], { layout: 'handout', size: 'a4', fragments: false }, runtime)
    expect(plan.pageCount).toBe(3)
    expect(plan.html).toContain('@page { size: 210mm 297mm; margin: 0 }')
    expect(plan.html).toContain('<p>short</p>')
    expect(plan.outline.map((e) => [e.title, e.pageIndex])).toEqual([['A', 0], ['B', 0], ['C', 1], ['D', 2]])
  })

  it('continues very long notes on further pages, split between blocks', () => {
    const paragraphs = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} ${'word '.repeat(80)}`).join('\n\n')
    const plan = renderPrintDocument([deck(`# A\nNote: ${paragraphs}`)], { layout: 'handout', size: 'letter', fragments: false }, runtime)
    expect(plan.pageCount).toBe(3)
    expect(plan.html).toContain('Slide 1, notes continued')
    expect(plan.html).toContain('Paragraph 19')
  })

  it('refuses a 16:9 handout', () => {
    expect(() => renderPrintDocument([deck('# A')], { layout: 'handout', size: '16:9', fragments: false }, runtime)).toThrow(/a4 or --size letter/)
  })
})

describe('renderPrintDocument: briefing book', () => {
  const decks = [deck('# One\n---\n# Two', '01.md'), deck('---\ntitle: Second\n---\n# Three', '02.md')]
  const book = { title: 'Book', subtitle: 'Sub', author: 'Desk', date: '2025-08-30' }

  it('starts with a cover and contents whose page numbers are where each deck starts', () => {
    const plan = renderPrintDocument(decks, { layout: 'slides', size: '16:9', fragments: false, book }, runtime)
    expect(plan.pageCount).toBe(2 + 3)
    expect(plan.chapterPages).toEqual([2, 4])
    expect(plan.html).toMatch(/<span class="bd-toc-title">One<small>2 slides<\/small><\/span><span class="bd-toc-dots"><\/span><span class="bd-toc-page">3<\/span>/)
    expect(plan.html).toMatch(/Second<small>1 slides<\/small>.*<span class="bd-toc-page">5<\/span>/)
    expect(plan.html).toContain('<h1>Book</h1><p class="bd-cover-subtitle">Sub</p><p class="bd-cover-author">Desk</p><p class="bd-cover-date">2025-08-30</p>')
  })

  it('bookmarks the contents and each deck, with its slides beneath it', () => {
    const plan = renderPrintDocument(decks, { layout: 'slides', size: '16:9', fragments: false, book }, runtime)
    expect(plan.outline.map((e) => [e.title, e.pageIndex, e.children.map((c) => [c.title, c.pageIndex])])).toEqual([
      ['Contents', 1, []], ['One', 2, [['One', 2], ['Two', 3]]], ['Second', 4, [['Three', 4]]],
    ])
  })

  it('gives the contents as many pages as it needs', () => {
    const many = Array.from({ length: TOC_ROWS + 1 }, (_, i) => deck(`# D${i}`, `${i}.md`))
    const plan = renderPrintDocument(many, { layout: 'slides', size: '16:9', fragments: false, book }, runtime)
    expect(plan.chapterPages[0]).toBe(3)
    expect(plan.pageCount).toBe(3 + TOC_ROWS + 1)
  })
})

describe('slide backgrounds in print', () => {
  it('turns reveal.js background attributes into CSS and keeps the rest', () => {
    const { background, attributes, dark } = splitBackground({
      'data-background-color': '#13235b', 'data-background-image': 'data:image/png;base64,AA', 'data-background-size': 'contain', class: 'x',
    })
    expect(background).toBe('background-color:#13235b;background-image:url("data:image/png;base64,AA");background-size:contain;background-position:center;background-repeat:no-repeat')
    expect(attributes).toEqual({ class: 'x' })
    expect(dark).toBe(true)
  })

  it('reads data-background as a colour or an image, and cannot inject CSS', () => {
    expect(splitBackground({ 'data-background': '#fff' }).background).toBe('background-color:#fff')
    expect(splitBackground({ 'data-background': 'img/a.png' }).background).toContain('url("img/a.png")')
    expect(splitBackground({ 'data-background-color': 'red;}body{display:none' }).background).toBe('background-color:redbodydisplay:none')
  })

  it('tells dark colours from light ones', () => {
    expect([isDark('#000'), isDark('#ffffff'), isDark('rgb(20, 30, 40)'), isDark('teal')]).toEqual([true, false, true, null])
  })
})
