import { describe, expect, it } from 'vitest'
import { sameSlide } from '../../../../../renderer/core/present/same-slide'

const deck = (...titles: string[]) => titles.map((title) => ({ title, html: `<h2>${title}</h2>` }))

describe('sameSlide', () => {
  it('follows the slide, not its number, when a slide is inserted or removed above it', () => {
    expect(sameSlide(deck('A', 'B', 'C'), deck('A', 'New', 'B', 'C'), 2)).toBe(3)
    expect(sameSlide(deck('A', 'B', 'C'), deck('B', 'C'), 2)).toBe(1)
  })

  it('stays on a slide whose text was edited, found by its title', () => {
    const edited = deck('A', 'B', 'C')
    edited[1] = { title: 'B', html: '<h2>B</h2><p>fixed a typo</p>' }
    expect(sameSlide(deck('A', 'B', 'C'), [{ title: 'New', html: '<h2>New</h2>' }, ...edited], 1)).toBe(2)
  })

  it('stays on a slide whose title was edited, counted on from the unchanged slide before it', () => {
    expect(sameSlide(deck('A', 'B', 'C'), deck('New', 'A', 'B, renamed', 'C'), 1)).toBe(2)
  })

  it('takes the copy nearest to where the slide was when a deck repeats a slide', () => {
    expect(sameSlide(deck('A', 'Q', 'B', 'Q'), deck('X', 'A', 'Q', 'B', 'Q'), 3)).toBe(4)
    expect(sameSlide(deck('A', 'Q', 'B', 'Q'), deck('X', 'A', 'Q', 'B', 'Q'), 1)).toBe(2)
  })

  it('keeps the number, within the deck, when nothing matches', () => {
    expect(sameSlide(deck('A', 'B', 'C'), deck('X', 'Y', 'Z'), 2)).toBe(2)
    expect(sameSlide(deck('A', 'B', 'C'), deck('X'), 2)).toBe(0)
    expect(sameSlide(deck('A'), [], 0)).toBe(0)
  })
})
