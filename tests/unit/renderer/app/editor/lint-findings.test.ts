import { describe, expect, it } from 'vitest'
import { lintFindings } from '../../../../../renderer/app/editor/lint-findings'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'

describe('lintFindings', () => {
  const { deck, diagnostics } = parseDeck('---\ntitle: T\naudience: x\n---\n# A\n\n---\n# B\n\nNote: n\n---\n# C\n\nNote: n')
  it('lists diagnostics, slides without notes and overflowing slides, in line order', () => {
    const overflowing = [2, 7].map((index) => ({ scope: deck.scope, index, ratio: 1.25, scale: 1, fits: false }))
    expect(lintFindings({ diagnostics, slides: deck.slides }, overflowing)).toEqual([
      { line: 3, message: 'unknown front matter key `audience` (kept, not used)', severity: 'info' },
      { line: 5, message: 'slide 1 has no speaker notes', severity: 'info' },
      { line: 12, message: expect.stringMatching(/^slide 3 \(“C”\) overflows: its content is 125 % of the slide's height/), severity: 'warning' },
    ])
  })
})
