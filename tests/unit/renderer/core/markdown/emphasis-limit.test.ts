import { describe, expect, it } from 'vitest'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'
import { MAX_EMPHASIS_MARKS, limitEmphasis } from '../../../../../renderer/core/markdown/emphasis-limit'

describe('limitEmphasis', () => {
  it('leaves an ordinary slide alone', () => {
    expect(limitEmphasis('**bold** and _it_ and `a*b`')).toBeNull()
  })

  it('shows the marks of a slide with too many as typed, keeping code, rules and bullets', () => {
    const marks = '*a _'.repeat(MAX_EMPHASIS_MARKS)
    const out = limitEmphasis(`* item ${marks}\n\n***\n\n\`\`\`\nx * y_z\n\`\`\`\n`)
    expect(out).toMatch(/^\* item \\\*a \\_/)
    expect(out).toContain('\n***\n')
    expect(out).toContain('\nx * y_z\n')
  })

  it('keeps a 32 KiB slide of emphasis marks to a plain compile, with a warning at its line', () => {
    const { deck, diagnostics } = parseDeck(`# t\n\n${'*a _'.repeat(8000)}\n`, { file: 'e.md' })
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'W_TOO_COMPLEX', line: 1 })])
    expect(deck.slides[0].html).not.toContain('<em>')
  })
})
