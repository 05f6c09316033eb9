import { describe, expect, it } from 'vitest'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'
import { MAX_MATH_DEPTH, renderMath } from '../../../../../renderer/core/markdown/math'

const slide = (markdown: string) => {
  const { deck, diagnostics } = parseDeck(markdown)
  return { html: deck.slides[0].html, text: deck.slides[0].text, faces: deck.slides[0].mathFaces, diagnostics }
}

describe('math', () => {
  it('leaves currency as text: no space after the opening $, none before the closing one, no digit after it', () => {
    const { html, diagnostics } = slide('Exports were $22.85 bn and $5.15 bn; costs $5 and $10.')
    expect(html).not.toContain('katex')
    expect(html).toContain('$22.85 bn and $5.15 bn')
    expect(html).toContain('$5 and $10.')
    expect(diagnostics).toEqual([])
  })

  it('renders $…$ inline and $$…$$ display to KaTeX HTML with MathML, next to currency on the same line', () => {
    const { html } = slide('From $22.85 bn, growth $g = \\frac{a}{b}$ and $$x^2$$')
    expect(html).toContain('$22.85 bn')
    expect(html.match(/<math/g)).toHaveLength(2)
    expect(html).toContain('<annotation encoding="application/x-tex">g = \\frac{a}{b}</annotation>')
    expect(html).toContain('<math display="block">')
  })

  it('renders a $$ paragraph over several lines and a ```math block as display math', () => {
    const { html } = slide('$$\n\\sum_i x_i\n$$\n\n```math\nE = mc^2\n```')
    expect(html.match(/class="katex-display"/g)).toHaveLength(2)
    expect(html).not.toContain('<pre')
  })

  it('keeps \\$ a dollar sign and code spans as code', () => {
    const { html } = slide('Price \\$5 and `$x$` here')
    expect(html).not.toContain('katex')
    expect(html).toContain('<code>$x$</code>')
  })

  it('reports a TeX error at its line and shows the formula marked, not a crash', () => {
    const { html, diagnostics } = slide('# Title\n\nOK $x$\n\nBad $\\frac{a$ here')
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'W_MATH', severity: 'warning', line: 5 })])
    expect(html).toContain('class="bd-math-error"')
    expect(html).toContain('$\\frac{a$')
  })

  it('refuses \\href, \\url, \\includegraphics and \\htmlClass: no link, no loading, no attributes of the deck\'s choosing', () => {
    for (const tex of ['\\href{javascript:alert(1)}{x}', '\\url{http://example.com}', '\\includegraphics{http://example.com/a.png}', '\\htmlClass{bd-x}{y}', '\\htmlData{x=1}{y}']) {
      const html = renderMath(tex, false)
      expect(html).not.toMatch(/<a\b|href=|<img|src=|data-x/)
    }
  })

  it('stops deep nesting, long formulas and macro bombs with a message, quickly', () => {
    const deep = `${'{'.repeat(1000)}x${'}'.repeat(1000)}`
    expect(renderMath(deep, true)).toContain(`more than ${MAX_MATH_DEPTH} groups deep`)
    expect(renderMath('x'.repeat(10_000), false)).toContain('characters long')
    const bomb = '\\def\\a{\\b\\b}\\def\\b{\\c\\c}\\def\\c{\\d\\d}\\def\\d{\\e\\e}\\def\\e{\\f\\f}\\def\\f{xx}\\a\\a\\a\\a\\a\\a\\a\\a'
    expect(renderMath(bomb, false)).toContain('bd-math-error')
    // Sizes are capped (maxSize: 20 em), so a rule cannot cover the slide.
    expect(renderMath('\\rule{1000em}{1000em}', true)).toMatch(/border-right-width:\s*20em/)
    const { diagnostics } = slide(`$$${deep}$$`)
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'W_MATH' })])
  })

  it('names the KaTeX faces its formulas are drawn in, and none for a slide without math', () => {
    expect(slide('$x + \\mathbb{R}$').faces).toEqual(['KaTeX_AMS normal normal', 'KaTeX_Main normal normal', 'KaTeX_Math normal italic'])
    expect(slide('$\\mathbf{v}$').faces).toEqual(['KaTeX_Main bold normal'])
    expect(slide('No math, $5.').faces).toEqual([])
  })
})
