import { describe, expect, it } from 'vitest'
import { markLines, slideAtLine } from '../../../../../renderer/app/editor/source-map'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'

describe('slideAtLine', () => {
  const slides = parseDeck('---\ntitle: T\n---\n# A\n\n---\n# B\n--\n# C').deck.slides
  it('finds the slide whose source holds the line, and the one before a separator', () => {
    expect([4, 5, 6, 7, 8, 9, 1].map((line) => slideAtLine(slides, line)?.title)).toEqual(['A', 'A', 'A', 'B', 'B', 'C', 'A'])
  })
})

describe('markLines', () => {
  it('marks separators and notes as the compiler splits them, not inside code', () => {
    const marks = markLines('# A\nNote: hi\n---\n```\n---\nNote: code\n```\n--\n# C')
    expect([...marks.entries()]).toEqual([[2, 'notes'], [3, 'horizontal'], [8, 'vertical']])
  })

  it.each([['""', 'empty'], ['"(["', 'invalid']])('marks no vertical slide when verticalSeparator is %s (%s), as the compiler makes none', (value) => {
    const text = `---\nverticalSeparator: ${value}\n---\n# A\n--\n# B\n---\n# C`
    expect(parseDeck(text).deck.slides.map((s) => s.v)).toEqual([0, 0])
    expect([...markLines(text).entries()]).toEqual([[7, 'horizontal']])
  })

  it('honours a deck’s own separators', () => {
    expect([...markLines('---\nseparator: "<!--s-->"\n---\n# A\n<!--s-->\n# B').entries()]).toEqual([[5, 'horizontal']])
  })
})
