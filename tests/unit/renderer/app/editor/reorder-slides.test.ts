import { describe, expect, it } from 'vitest'
import { moveSlide } from '../../../../../renderer/app/editor/reorder-slides'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'

const deck = [
  '---', 'title: Order', '---', '', '# One', '', 'Note: first', '', '---', '', '## Two', '- a', '', '---', '', '## Three',
  '```', '---', '```', '', '--', '', '## Three, below', '',
].join('\n')
const titles = (text: string) => parseDeck(text).deck.slides.map((s) => s.title)

describe('moveSlide', () => {
  it('moves a slide’s text exactly, notes included, keeping separators and blank lines in place', () => {
    const { text, line } = moveSlide(deck, 0, 1)
    expect(titles(text)).toEqual(['Two', 'One', 'Three', 'Three, below'])
    expect(text).toBe(deck.replace('# One\n\nNote: first', '## Two\n- a').replace('## Two\n- a\n\n---\n\n## Three', '# One\n\nNote: first\n\n---\n\n## Three'))
    expect(text.split('\n')[line - 1]).toBe('# One')
    expect(parseDeck(text).deck.slides[1].notes).toBe('first')
  })

  it('moves down and up across a fenced separator, and a position keeps its kind (vertical stays vertical)', () => {
    const down = moveSlide(deck, 0, 3).text
    expect(titles(down)).toEqual(['Two', 'Three', 'Three, below', 'One'])
    expect(parseDeck(down).deck.slides.map((s) => [s.h, s.v])).toEqual([[0, 0], [1, 0], [2, 0], [2, 1]])
    expect(moveSlide(down, 3, 0).text).toBe(deck)
  })

  it('leaves the text alone for a move to the same place or out of range', () => {
    expect(moveSlide(deck, 2, 2).text).toBe(deck)
    expect(moveSlide(deck, 0, 9).text).toBe(deck)
  })
})
