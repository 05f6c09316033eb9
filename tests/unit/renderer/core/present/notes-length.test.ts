import { describe, expect, it } from 'vitest'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ')

describe('the notes-length check', () => {
  it('warns at a slide whose notes cannot be said in its budget at 130 words a minute', () => {
    const { diagnostics } = parseDeck(`---\nduration: 2m\n---\n# A\nNote: ${words(20)}\n---\n# B\nNote: ${words(200)}`, { file: 'd.md' })
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'W_NOTES_TOO_LONG', line: 7, message: expect.stringMatching(/slide 2's notes take 1:32 .* budget is 1:00/) })])
  })

  it('takes a slide’s own data-timing as its budget, and says nothing without a plan', () => {
    const timed = parseDeck(`<!-- .slide: data-timing="120" -->\n# A\nNote: ${words(200)}`, { file: 'd.md' })
    expect(timed.diagnostics).toEqual([])
    expect(parseDeck(`# A\nNote: ${words(2000)}`).diagnostics).toEqual([])
  })
})
