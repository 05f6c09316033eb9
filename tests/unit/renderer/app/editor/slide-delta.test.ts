import { describe, expect, it } from 'vitest'
import { compileDeckText, createCompileMemo } from '../../../../../renderer/app/editor/compile-deck-text'
import { fromSlideDelta, toSlideDelta } from '../../../../../renderer/app/editor/slide-delta'

const slidesOf = (text: string) => compileDeckText(text, 'd.md', new Map(), createCompileMemo()).deck.slides

describe('slide deltas between compiles', () => {
  const before = slidesOf('# A\n---\n# B\n---\n<!-- .slide: class="x" -->\n# C')

  it('sends only the slides that changed, and rebuilds the same slides from them', () => {
    for (const text of ['# A\n---\n# B!\n---\n<!-- .slide: class="x" -->\n# C', '# A\n---\n# B\n---\n<!-- .slide: class="y" -->\n# C', '\n# A\n---\n# B\n---\n# C\n---\n# D']) {
      const after = slidesOf(text)
      const delta = toSlideDelta(before, after)
      expect(fromSlideDelta(before, delta)).toEqual(after)
      expect(delta.filter((s) => s !== null).length).toBeLessThan(after.length + 1)
    }
  })

  it('leaves out exactly the unchanged slides (an edit to B sends B; a line added above sends them all, moved)', () => {
    expect(toSlideDelta(before, slidesOf('# A\n---\n# B!\n---\n<!-- .slide: class="x" -->\n# C')).map((s) => s?.title ?? null)).toEqual([null, 'B!', null])
    expect(toSlideDelta(before, slidesOf('\n# A\n---\n# B\n---\n<!-- .slide: class="x" -->\n# C')).every((s) => s !== null)).toBe(true)
    expect(toSlideDelta(before, slidesOf('# A\n---\n# B\n---\n<!-- .slide: class="y" -->\n# C'))[2]?.attributes).toEqual({ class: 'y' })
  })
})
