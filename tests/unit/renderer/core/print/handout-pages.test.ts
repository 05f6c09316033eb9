import { describe, expect, it } from 'vitest'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'
import { handoutPages } from '../../../../../renderer/core/print/handout-pages'
import { printPageSize } from '../../../../../renderer/core/print/page-geometry'

const deck = (source: string) => parseDeck(source, { file: 'd.md' }).deck
const a4 = printPageSize('handout', 'a4')
const options = { tableFontPx: 27.2 }
const thumbs = (html: string) => html.split('<div class="bd-thumb"').length - 1

describe('handoutPages', () => {
  it('counts the talk’s slides in “n of N” and labels a backup slide by its number', () => {
    const pages = handoutPages(deck('# A\nNote: one\n---\n<!-- .slide: data-backup -->\n## Spare\nNote: two\n---\n# C\nNote: three'), a4, options)
    const html = pages.map((page) => page.html).join('')
    expect(html).toContain('Slide 1 of 2 · A')
    expect(html).toContain('Slide 2 of 2 · C')
    expect(html).toContain('Backup B1 · Spare')
  })

  it('prints every slide over its notes, two a page, the last one alone in the same form', () => {
    const pages = handoutPages(deck('# A\nNote: one\n---\n# B\nNote: two\n---\n# C\nNote: three'), a4, options)
    expect(pages.map((page) => thumbs(page.html))).toEqual([2, 1])
    expect(pages.map((p) => p.marks.filter((m) => m.level === 'slide').map((m) => m.title))).toEqual([['A', 'B'], ['C']])
    expect(pages[0].marks[0]).toEqual({ level: 'chapter', title: 'A' })
    for (const page of pages) {
      expect(page.html.indexOf('bd-thumb')).toBeLessThan(page.html.indexOf('bd-notes'))
      expect(page.html).toMatch(/<div class="bd-notes" style="left:[\d.]+px;top:[\d.]+px;width:[\d.]+px;height:[\d.]+px">/)
    }
    expect(pages[1].html).toContain('<p>three</p>')
  })

  it('labels each slide with its number and title, heads the page with the deck, and says when a slide has no notes', () => {
    const [page] = handoutPages(deck('---\ntitle: T & U\ndate: 2025-08-30\n---\n# A'), a4, options)
    expect(page.html).toMatch(/<header class="bd-handout-head" style="[^"]+"><span>T &amp; U<\/span><span>2025-08-30<\/span><\/header>/)
    expect(page.html).toMatch(/<div class="bd-slide-label" style="[^"]+">Slide 1 of 1 · A<\/div>/)
    expect(page.html).toContain('<p class="bd-no-notes">No speaker notes.</p>')
  })

  it('continues very long notes on further pages, without bookmarks of their own', () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} ${'word '.repeat(80)}`).join('\n\n')
    const pages = handoutPages(deck(`# A\nNote: ${paragraphs}`), printPageSize('handout', 'letter'), options)
    expect(pages.length).toBeGreaterThanOrEqual(3)
    expect(pages[1].html).toContain('Slide 1, notes continued')
    expect(thumbs(pages[1].html)).toBe(0)
    expect(pages.at(-1)!.html).toContain('Paragraph 29')
    expect(pages[1].marks).toEqual([])
  })

  it('draws the slide frame scaled to its box’s width, so the slide fills it to the bottom', () => {
    const [page] = handoutPages(deck('# A\nNote: n\n---\n# B\nNote: n'), a4, options)
    const box = /<div class="bd-thumb" style="left:[\d.]+px;top:[\d.]+px;width:([\d.]+)px;height:([\d.]+)px"><div class="bd-place" style="transform:scale\(([\d.]+)\)">/.exec(page.html)
    expect(box).not.toBeNull()
    const [, width, height, scale] = box!.map(Number)
    expect(Math.abs(1280 * scale - width)).toBeLessThan(0.02)
    expect(Math.abs(720 * scale - height)).toBeLessThan(0.02)
  })
})
