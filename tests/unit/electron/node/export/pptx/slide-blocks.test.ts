import { describe, expect, it } from 'vitest'
import { toCodeTheme } from '../../../../../../electron/node/export/pptx/code-runs'
import { type Block, toSlideBlocks } from '../../../../../../electron/node/export/pptx/slide-blocks'
import { runsText } from '../../../../../../electron/node/export/pptx/text-runs'
import { fillBlocks } from '../../../../../../renderer/core/blocks/fill-blocks'
import { safeBlockSvg } from '../../../../../../renderer/core/blocks/safe-block-svg'
import { parseDeck } from '../../../../../../renderer/core/deck/parse-deck'

const slide = (markdown: string, index = 0) => parseDeck(markdown).deck.slides[index].html
const texts = (block: Block | undefined) => (block?.kind === 'text' ? block.paragraphs.map((p) => [p.level, p.bullet.type, runsText(p.runs), p.step]) : null)

describe('toSlideBlocks', () => {
  it('takes the first heading as the title and flows paragraphs, headings and lists into one text block', () => {
    const blocks = toSlideBlocks(slide('## Title\n\nIntro\n\n### Sub\n\n- a\n  1. b\n  2. c\n- d'))
    expect(runsText(blocks.title)).toBe('Title')
    expect(blocks.titleLevel).toBe(2)
    expect(blocks.blocks).toHaveLength(1)
    expect(texts(blocks.blocks[0])).toEqual([[0, 'none', 'Intro', 0], [0, 'none', 'Sub', 0], [0, 'disc', 'a', 0], [1, 'number', 'b', 0], [1, 'number', 'c', 0], [0, 'disc', 'd', 0]])
  })

  it('leaves out a table without cells (PowerPoint’s table needs rows), as an audience cut can make one', () => {
    for (const markup of ['<table></table>', '<table><tr></tr></table>']) expect(toSlideBlocks(slide(`## T\n\n${markup}`)).blocks, markup).toEqual([])
  })

  it('numbers fragment steps in reveal.js order: indexed ones first, then each unnumbered one', () => {
    const md = '## F\n\n- x <!-- .element: class="fragment" -->\n- y <!-- .element: class="fragment" data-fragment-index="1" -->\n- z <!-- .element: class="fragment" data-fragment-index="1" -->'
    const blocks = toSlideBlocks(slide(md))
    expect(blocks.steps).toBe(2)
    expect(texts(blocks.blocks[0])?.map((p) => p[3])).toEqual([2, 1, 1])
  })

  it('makes a paragraph with a fragment inside it appear at that step: PowerPoint animates whole paragraphs', () => {
    const blocks = toSlideBlocks(slide('## F\n\n1. **Trade** — text <!-- .element: class="fragment" -->\n2. **Rail** — more <!-- .element: class="fragment" -->'))
    expect(texts(blocks.blocks[0])?.map((p) => [p[2], p[3]])).toEqual([['Trade — text', 1], ['Rail — more', 2]])
  })

  it('makes bd-figure and its caption a figure, and bd-columns side-by-side columns, fragments kept', () => {
    const md = '## N\n\n<div class="bd-columns">\n<div>\n<span class="bd-figure">360</span>\n<span class="bd-caption">km/h</span>\n</div>\n<div class="fragment">\n\n**Right**\n\n</div>\n</div>'
    const [columns] = toSlideBlocks(slide(md)).blocks
    expect(columns.kind).toBe('columns')
    if (columns.kind !== 'columns') return
    expect(columns.columns[0]).toEqual([{ kind: 'figure', figure: [{ text: '360' }], caption: [{ text: 'km/h' }], step: 0 }])
    expect(texts(columns.columns[1][0])).toEqual([[0, 'none', 'Right', 1]])
  })

  it('reads tables with header cells and alignment', () => {
    const [table] = toSlideBlocks(slide('## T\n\n| A | B |\n|---|--:|\n| 1 | **2** |')).blocks
    expect(table).toMatchObject({ kind: 'table', rows: [[{ header: true, runs: [{ text: 'A' }] }, { header: true, align: 'right' }], [{ header: false }, { runs: [{ text: '2', bold: true }] }]] })
  })

  it('keeps PNG images native and sends SVG, other formats and elements without an equivalent to pictures', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo='
    const svg = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}`
    const html = `<p><img src="${png}" alt="p"></p><p><img src="${svg}" alt="s"></p><p><img src="data:image/webp;base64,AAAA"></p><math><mi>x</mi></math><svg width="10"><circle r="4"/></svg>`
    const blocks = toSlideBlocks(html).blocks
    expect(blocks.map((b) => b.kind)).toEqual(['image', 'picture', 'picture', 'picture', 'picture'])
    const reasons = blocks.map((b) => (b.kind === 'picture' ? b.reason : undefined))
    expect(reasons).toEqual([undefined, undefined, 'image/webp is not a format PowerPoint reads', '<math> has no PowerPoint equivalent', undefined])
    const inline = blocks[4]
    expect(inline.kind === 'picture' && inline.svg).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="10"><circle r="4"/></svg>')
  })

  it('draws a sentence with inline maths whole, so its words stay in place', () => {
    const [block] = toSlideBlocks('<p>Let <math><mi>x</mi></math> be</p>').blocks
    expect(block).toMatchObject({ kind: 'picture', reason: expect.stringContaining('inline maths'), alt: 'Let x be' })
  })

  it('makes a drawn chart or diagram one reported picture described by its text alternative, and KaTeX math a picture of its sentence', () => {
    const parsed = parseDeck('## C\n\n```chart\nmark: bar\n```\n\n```mermaid\ngraph LR\n  A-->B\n```\n\nGrowth $g = \\frac{a}{b}$ a year')
    const [chart, diagram] = parsed.deck.slides[0].blocks
    const drawn = (alt: string) => safeBlockSvg('<svg viewBox="0 0 10 10"><text>FY24</text></svg>', chart.key, alt)
    const filled = fillBlocks(parsed, new Map([[chart.key, drawn('Bar chart of value by year')], [diagram.key, { ok: false, message: 'Parse error' }]]))
    const blocks = toSlideBlocks(filled.deck.slides[0].html).blocks
    expect(blocks.map((b) => b.kind)).toEqual(['picture', 'picture', 'picture'])
    expect(blocks[0]).toMatchObject({ alt: 'Bar chart of value by year', reason: 'a chart has no PowerPoint equivalent' })
    expect(blocks[0].kind === 'picture' && blocks[0].html).toContain('<svg')
    // A diagram that could not be drawn carries its visible box, which says why.
    expect(blocks[1]).toMatchObject({ alt: expect.stringContaining('This diagram is not drawn: Parse error'), reason: 'a diagram has no PowerPoint equivalent' })
    expect(blocks[2]).toMatchObject({ reason: expect.stringContaining('inline maths'), alt: expect.stringContaining('Growth') })
  })

  it('highlights code with the theme\'s token colours, line by line', () => {
    const theme = toCodeTheme('.hljs{color:#111;background:#fff}.hljs-keyword{color:#d73a49}')
    const highlight = (code: string) => code.replace('const', '<span class="hljs-keyword">const</span>')
    const [code] = toSlideBlocks(slide('## C\n\n```js\nconst a = 1\n\nb()\n```'), { highlight, codeTheme: theme }).blocks
    expect(code).toEqual({ kind: 'code', step: 0, lines: [[{ text: 'const', code: true, color: { hex: 'D73A49' } }, { text: ' a = 1', code: true }], [], [{ text: 'b()', code: true }]] })
  })

  it('sets the footnote area apart, each note with its number, and keeps it out of the content', () => {
    const { deck } = parseDeck('---\nsources:\n  fp:\n    outlet: Firstpost\n---\n## Trade\n\nA deficit[^fy] of $12.5 bn [@fp, p. 2].\n\n[^fy]: The financial year.\n')
    const slide = toSlideBlocks(deck.slides[0].html)
    expect(slide.footnotes?.map(runsText)).toEqual(['1. The financial year.', '2. Firstpost, p. 2.'])
    expect(slide.blocks.map((block) => (block.kind === 'text' ? block.paragraphs.map((p) => runsText(p.runs)).join('|') : block.kind))).toEqual(['A deficit1 of $12.5 bn2.'])
    expect(toSlideBlocks('<h2>No notes</h2><p>x</p>').footnotes).toBeUndefined()
  })
})
