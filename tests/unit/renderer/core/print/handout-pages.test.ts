import { describe, expect, it } from 'vitest'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'
import { NOTES_UNDER_SLIDE, SHORT_NOTES, handoutPages, splitNotes } from '../../../../../renderer/core/print/handout-pages'
import { printPageSize } from '../../../../../renderer/core/print/page-geometry'

const deck = (source: string) => parseDeck(source, { file: 'd.md' }).deck
const a4 = printPageSize('handout', 'a4')

describe('handoutPages', () => {
  it('pairs slides whose notes are short and gives long notes a page of their own', () => {
    const long = 'x'.repeat(SHORT_NOTES + 1)
    const pages = handoutPages(deck(`# A\nNote: short\n---\n# B\nNote: short\n---\n# C\nNote: ${long}\n---\n# D\nNote: short`), a4)
    expect(pages).toHaveLength(3)
    expect(pages[0].html.split('<div class="bd-pair">')).toHaveLength(3)
    expect(pages[0].html).toContain('<p>short</p>')
    expect(pages.map((p) => p.marks.filter((m) => m.level === 'slide').map((m) => m.title))).toEqual([['A', 'B'], ['C'], ['D']])
  })

  it('labels each slide with its number and title, and says when a slide has no notes', () => {
    const [page] = handoutPages(deck('---\ntitle: T\ndate: 2025-08-30\n---\n# A'), a4)
    expect(page.html).toContain('<header class="bd-handout-head"><span>T</span><span>2025-08-30</span></header>')
    expect(page.html).toContain('<div class="bd-slide-label">Slide 1 of 1 · A</div>')
    expect(page.html).toContain('<p class="bd-no-notes">No speaker notes.</p>')
  })

  it('continues very long notes on further pages', () => {
    const paragraphs = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} ${'word '.repeat(80)}`).join('\n\n')
    const pages = handoutPages(deck(`# A\nNote: ${paragraphs}`), printPageSize('handout', 'letter'))
    expect(pages).toHaveLength(3)
    expect(pages[1].html).toContain('Slide 1, notes continued')
    expect(pages[2].html).toContain('Paragraph 19')
    expect(pages[1].marks).toEqual([])
  })
})

describe('splitNotes', () => {
  it('splits between blocks, never inside one, keeping less under the slide than on a page of its own', () => {
    const block = (n: number) => `<p>${'y'.repeat(n)}</p>`
    const parts = splitNotes([block(NOTES_UNDER_SLIDE - 10), block(20), block(3000)].join('\n'))
    expect(parts.map((p) => p.replace(/<[^>]*>/g, '').length)).toEqual([NOTES_UNDER_SLIDE - 10, 3020])
    expect(splitNotes('')).toEqual([''])
  })
})

describe('splitNotes on hostile notes', () => {
  it('never splits inside an attribute that contains </p>, so no markup goes live on the next page', () => {
    const notes = `<p>${'y'.repeat(NOTES_UNDER_SLIDE)}<span title="</p><meta http-equiv=refresh content=0>">x</span></p><p>more</p>`
    const parts = splitNotes(notes)
    expect(parts).toHaveLength(2)
    expect(parts[0]).toContain('title="&lt;/p&gt;&lt;meta http-equiv=refresh content=0&gt;"')
    expect(parts.join('')).not.toContain('<meta')
  })
})
