import { describe, expect, it } from 'vitest'
import { badgesOf, fragmentCount } from '../../../../../renderer/app/editor/outline-badges'
import type { SlideView } from '../../../../../renderer/core/api/contract'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'

const slide = (markdown: string): SlideView => parseDeck(markdown).deck.slides[0]

describe('outline badges', () => {
  it('counts reveal.js fragments, from element comments and from HTML, and nothing else called fragment', () => {
    expect(fragmentCount(slide('- a <!-- .element: class="fragment" -->\n- b <!-- .element: class="fragment fade-up" -->').html)).toBe(2)
    expect(fragmentCount(slide('<div class="bd-columns"><div class="x fragment">a</div></div>\n\nfragment text').html)).toBe(1)
    expect(fragmentCount(slide('<span class="fragmentary">no</span>').html)).toBe(0)
  })

  it('shows notes, fragments and overflow, in that order, only when they apply', () => {
    expect(badgesOf(slide('# A\n\n- a <!-- .element: class="fragment" -->\n\nNote: hi'), { overflowing: true }).map((b) => [b.id, b.text, b.label]))
      .toEqual([['notes', '✎', 'has speaker notes'], ['fragments', '▸1', '1 fragment'], ['overflow', '⚠', 'content overflows the slide']])
    expect(badgesOf(slide('# Plain'), { overflowing: false })).toEqual([])
  })
})
