import { describe, expect, it } from 'vitest'
import { blockKey } from '../../../../../renderer/core/blocks/block'
import { fillBlocks, pendingBlocks } from '../../../../../renderer/core/blocks/fill-blocks'
import { safeBlockSvg } from '../../../../../renderer/core/blocks/safe-block-svg'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'

const DECK = '# Trade\n\nIntro\n\n```chart\nmark: bar\n```\n\n---\n\n# Flow\n\n```mermaid\ngraph LR\n  A-->B\n```\n'

describe('blocks', () => {
  it('leaves each chart and diagram as a pending placeholder, its source out of the slide\'s text', () => {
    const parsed = parseDeck(DECK)
    const [chart, diagram] = parsed.deck.slides.map((slide) => slide.blocks[0])
    expect(chart).toEqual({ kind: 'chart', source: 'mark: bar', key: blockKey({ kind: 'chart', source: 'mark: bar' }), offset: 5 })
    expect(diagram).toMatchObject({ kind: 'mermaid', source: 'graph LR\n  A-->B' })
    expect(parsed.deck.slides[0].html).toContain('class="bd-block bd-chart bd-block-pending"')
    expect(parsed.deck.slides[0].text).not.toContain('mark: bar')
    expect(parsed.deck.slides[0].hasCodeBlock).toBe(false)
    expect(pendingBlocks(parsed, new Map()).map((b) => b.kind)).toEqual(['chart', 'mermaid'])
  })

  it('puts a drawing in its slide, and a failure as a visible box with a warning at the block\'s line', () => {
    const parsed = parseDeck(DECK)
    const [chart, diagram] = parsed.deck.slides.map((slide) => slide.blocks[0])
    const drawn = safeBlockSvg('<svg viewBox="0 0 10 10"><text>2021-22</text></svg>', chart.key, 'Bar chart')
    const filled = fillBlocks(parsed, new Map([[chart.key, drawn], [diagram.key, { ok: false, message: 'Parse error on line 2', line: 2 }]]))
    expect(filled.deck.slides[0].html).toContain('<svg viewBox="0 0 10 10" role="img" aria-label="Bar chart"><text>2021-22</text></svg>')
    expect(filled.deck.slides[0].html).not.toContain('bd-block-pending')
    expect(filled.deck.slides[0].text).toContain('2021-22')
    expect(filled.deck.slides[1].html).toContain('This diagram is not drawn: Parse error on line 2')
    expect(filled.diagnostics).toEqual([expect.objectContaining({ code: 'W_DIAGRAM', line: 15 })])
    // The compile's own result is left as it was (the editor's memo keeps it).
    expect(parsed.deck.slides[0].html).toContain('bd-block-pending')
  })

  it('leaves out a chart or formula meant for another audience: not drawn, not reported', () => {
    const deck = '---\naudiences: [principal, public]\n---\n# A\n\n<div data-audience="principal">\n\n```chart\nmark: [\n```\n\n$\\frac{a$\n\n</div>\n'
    const principal = parseDeck(deck, { variant: { audience: 'principal', notes: true, backup: true } })
    expect(principal.deck.slides[0].blocks).toHaveLength(1)
    expect(principal.diagnostics.map((d) => d.code)).toEqual(['W_MATH'])
    const pub = parseDeck(deck, { variant: { audience: 'public', notes: true, backup: true } })
    expect(pub.deck.slides[0].blocks).toEqual([])
    expect(pendingBlocks(pub, new Map())).toEqual([])
    expect(pub.diagnostics.map((d) => d.code)).not.toContain('W_MATH')
  })

  it('sanitises whatever drew the SVG: no script, handlers, links, foreign HTML or loading, and ids of its own', () => {
    const hostile = '<svg onload="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)"><text>Node</text></a>' +
      '<foreignObject><div onclick="x()">html</div></foreignObject><image href="http://example.com/a.png"/>' +
      '<defs><marker id="arrow"/></defs><path marker-end="url(#arrow)" style="fill:url(&quot;#arrow&quot;)"/><use href="#arrow"/></svg>'
    const result = safeBlockSvg(hostile, 'mermaid-k', 'A diagram')
    if (!result.ok) throw new Error(result.message)
    expect(result.svg).not.toMatch(/onload|script|javascript|foreignObject|onclick|href="http|<a\b/)
    expect(result.svg).toContain('<text>Node</text>')
    expect(result.svg).toContain('id="mermaid-k-arrow"')
    expect(result.svg).toContain('marker-end="url(#mermaid-k-arrow)"')
    expect(result.svg).toContain('href="#mermaid-k-arrow"')
    expect(safeBlockSvg('<p>not svg</p>', 'k', '')).toMatchObject({ ok: false })
  })
})
