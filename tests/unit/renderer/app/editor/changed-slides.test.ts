import { describe, expect, it } from 'vitest'
import { changedSlides } from '../../../../../renderer/app/editor/changed-slides'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'

const slides = (source: string) => parseDeck(source).deck.slides

describe('changedSlides', () => {
  it('finds only the slides whose content changed', () => {
    const before = slides('# A\n---\n# B\n---\n# C')
    expect(changedSlides(before, slides('# A\n---\n# B!\n---\n# C'))).toEqual({ sameShape: true, changed: [1] })
    expect(changedSlides(before, slides('# A\n---\n# B\n---\n# C\nNote: n'))).toEqual({ sameShape: true, changed: [2] })
    expect(changedSlides(before, slides('# A\n---\n# B')).sameShape).toBe(false)
  })
})
