import { describe, expect, it } from 'vitest'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'
import { printPageSize } from '../../../../../renderer/core/print/page-geometry'
import { perPagePages } from '../../../../../renderer/core/print/per-page-pages'

const deck = (source: string) => parseDeck(source, { file: 'd.md' }).deck
const a4 = printPageSize('per-page-3', 'a4')
const options = { tableFontPx: 27.2 }
const count = (html: string, cls: string) => html.split(`class="${cls}"`).length - 1
const five = deck('---\ntitle: Deck\n---\n# A\nNote: secret notes\n---\n# B\n---\n# C\n---\n# D\n---\n# E')

describe('perPagePages', () => {
  it('prints the slides N a page with their numbers and titles, and never the speaker notes', () => {
    const pages = perPagePages(five, a4, 2, options)
    expect(pages.map((page) => count(page.html, 'bd-thumb'))).toEqual([2, 2, 1])
    expect(pages[0].html).toMatch(/>Slide 1 · A<\/div>/)
    expect(pages.map((page) => page.html).join('')).not.toContain('secret notes')
    expect(pages.map((page) => page.marks.filter((m) => m.level === 'slide').map((m) => m.title))).toEqual([['A', 'B'], ['C', 'D'], ['E']])
    expect(pages[0].marks[0]).toEqual({ level: 'chapter', title: 'Deck' })
  })

  it('rules lines beside each slide of the 3-a-page handout only', () => {
    const [three] = perPagePages(five, a4, 3, options)
    expect(count(three.html, 'bd-lines')).toBe(3)
    expect(count(three.html, 'bd-rule')).toBeGreaterThanOrEqual(3 * 8)
    expect(count(perPagePages(five, a4, 6, options)[0].html, 'bd-lines')).toBe(0)
  })
})
