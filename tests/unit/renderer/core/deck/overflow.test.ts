import { describe, expect, it } from 'vitest'
import { overflowDiagnostics } from '../../../../../renderer/core/deck/overflow'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'

const { deck } = parseDeck('# One\n\n---\n\n## Two\n\ntext\n\n---\n\n## Three', { file: 'd.md' })
const measured = (entries: object[]) => JSON.stringify(entries.map((e) => ({ scope: deck.scope, ratio: 1, scale: 1, fits: true, ...e })))

describe('overflowDiagnostics', () => {
  it('warns once per slide that does not fit, at its title’s line, judging a slide drawn twice by its fullest drawing', () => {
    const found = overflowDiagnostics([deck], measured([{ index: 1, ratio: 0.9 }, { index: 1, ratio: 1.3, fits: false }, { index: 2, ratio: 1.2, scale: 0.6, fits: false }]))
    expect(found.map((d) => [d.code, d.file, d.line])).toEqual([['W_OVERFLOW', 'd.md', 5], ['W_OVERFLOW', 'd.md', 11]])
    expect(found[0].message).toContain('slide 2 (“Two”) overflows: its content is 130 %')
    expect(found[0].message).toContain('`fit: shrink`')
    expect(found[1].message).toContain('does not fit even shrunk to 60 %')
  })

  it('says nothing of slides that fit, of other decks’ slides, or of a measurement it cannot read', () => {
    expect(overflowDiagnostics([deck], measured([{ index: 0 }, { index: 1, ratio: 1.4, scale: 0.7, fits: true }]))).toEqual([])
    expect(overflowDiagnostics([deck], JSON.stringify([{ scope: 'other', index: 1, ratio: 2, scale: 1, fits: false }]))).toEqual([])
    for (const text of ['', 'not json', '{"a":1}', '[{"scope":1}]']) expect(overflowDiagnostics([deck], text)).toEqual([])
  })
})

describe('fit in the front matter', () => {
  it('`fit: shrink` marks every slide with data-fit, keeping a slide’s own data-fit="none"', () => {
    const { deck: fitted } = parseDeck('---\nfit: shrink\n---\n# A\n\n---\n\n<!-- .slide: data-fit="none" -->\n## B')
    expect(fitted.slides.map((s) => s.attributes['data-fit'])).toEqual(['', 'none'])
  })

  it('warns at the key’s line on anything else', () => {
    const { deck: plain, diagnostics } = parseDeck('---\nfit: squeeze\n---\n# A', { file: 'd.md' })
    expect(plain.slides[0].attributes['data-fit']).toBeUndefined()
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'W_BAD_OPTION', line: 2, message: expect.stringContaining('`none` or `shrink`') })])
  })
})
