import { describe, expect, it } from 'vitest'
import { lintFindings } from '../../../../../renderer/app/editor/lint-findings'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'

describe('lintFindings', () => {
  const { deck, diagnostics } = parseDeck('---\ntitle: T\naudience: x\n---\n# A\n\n---\n# B\n\nNote: n\n---\n# C\n\nNote: n')
  it('lists diagnostics, slides without notes and overflowing slides, in line order', () => {
    expect(lintFindings({ diagnostics, slides: deck.slides }, [2, 7])).toEqual([
      { line: 3, message: 'unknown front matter key `audience` (kept, not used)', severity: 'info' },
      { line: 5, message: 'slide 1 has no speaker notes', severity: 'info' },
      { line: 12, message: 'slide 3 is taller than the slide: its content overflows', severity: 'warning' },
    ])
  })
})
