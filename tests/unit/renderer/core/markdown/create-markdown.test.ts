import { describe, expect, it } from 'vitest'
import { sourceLines } from '../../../../../renderer/core/deck/source-lines'
import { createMarkdown } from '../../../../../renderer/core/markdown/create-markdown'

/** The source line (from 1) of the first occurrence of `marker` in the rendered HTML. */
function lineOf(markdown: string, marker: string): number {
  const rendered = createMarkdown()(markdown)
  return sourceLines(rendered, 1)(rendered.html.indexOf(marker))
}

describe('createMarkdown: where each block comes from', () => {
  it('keeps lines right with footnotes, whether the text starts with a blank line or not (marked-footnote moves its list last)', () => {
    for (const lead of ['', '\n', '\n\n']) {
      const first = lead.length + 1
      const text = `${lead}## T\n\nwith a note[^a] and [@x] here\n\n[^b]: second <b>bold</b>\n[^a]: first <i>it</i>\n\n- a list\n- item <u>u</u>\n`
      expect(lineOf(text, '<cite')).toBe(first + 2)
      expect(lineOf(text, '<u>')).toBe(first + 8)
      // Each footnote's text is at its own definition's line, whatever order the list puts them in.
      expect(lineOf(text, '<i>')).toBe(first + 5)
    }
  })

  it('places a second footnote at its definition, and a multi-line definition at its first line', () => {
    const text = '# T\n\none[^a] two[^b]\n\n[^a]: first\n[^b]: second\n    <s>struck</s>\n'
    expect(lineOf(text, '<s>')).toBe(6)
    expect(lineOf(text, 'second')).toBe(6)
  })

  it('keeps lines right from one text to the next, whatever the one before started with (a compile renders a deck\'s slides with one instance)', () => {
    const markdown = createMarkdown()
    const line = (text: string) => {
      const rendered = markdown(text)
      return sourceLines(rendered, 1)(rendered.html.indexOf('<img'))
    }
    for (const [text, expected] of [['\n## A\n\n![x](x.png)\n', 4], ['## A\n\n![x](x.png)\n', 3], ['\n\n## A\n\n![x](x.png)\n', 5], ['## A\n\n![x](x.png)\n', 3], ['\n## A\n\n![x](x.png)[^1]\n\n[^1]: n\n', 4]] as const) {
      expect(line(text), JSON.stringify(text)).toBe(expected)
    }
  })
})
