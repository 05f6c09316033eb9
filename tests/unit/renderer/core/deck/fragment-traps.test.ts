import { describe, expect, it } from 'vitest'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'

const traps = (markdown: string) => parseDeck(markdown, { file: 'd.md' }).diagnostics.filter((d) => d.code === 'W_FRAGMENT_TRAP')

describe('the fragment trap', () => {
  it('warns, at the comment’s line, when a comment makes only a bold word of a list item a fragment', () => {
    const found = traps('## Five strands\n\n- **Trade** — a lopsided balance <!-- .element: class="fragment" -->\n- Plain item')
    expect(found).toEqual([expect.objectContaining({ file: 'd.md', line: 3, severity: 'warning' })])
    expect(found[0].message).toContain('`- <!-- .element: class="fragment" -->` then `  **Trade** — …`')
  })

  it('names the line of the very item, in loose and nested lists', () => {
    const deck = ['## Lists', '', '- first', '- **second** item <!-- .element: class="fragment" -->', '  - **nested** point <!-- .element: class="fragment" -->', '',
      '- loose item', '', '  with a second paragraph', '- **last** one <!-- .element: class="fragment" -->'].join('\n')
    expect(traps(deck).map((d) => d.line)).toEqual([4, 5, 10])
  })

  it('says nothing when the whole item is the fragment: the comment alone first, or after plain text', () => {
    const fixed = '- <!-- .element: class="fragment" -->\n  **Trade** — a lopsided balance\n- Next'
    expect(traps(fixed)).toEqual([])
    expect(traps('- Trade, a lopsided balance <!-- .element: class="fragment" -->')).toEqual([])
    // The fix the message gives keeps the item's Markdown: on one line, the comment would make the line raw HTML.
    expect(parseDeck(fixed).deck.slides[0].html).toMatch(/<li class="fragment">\s*<strong>Trade<\/strong> — a lopsided balance<\/li>/)
  })

  it('warns when the fragment is all the item’s text: its bullet shows alone until the step', () => {
    expect(traps('- **Trade** <!-- .element: class="fragment" -->')).toEqual([expect.objectContaining({ message: expect.stringContaining('bullet alone') })])
  })

  it('says nothing when the fragment is a style that is not a fragment, or not in a list', () => {
    expect(traps('- **Trade** — a lopsided balance <!-- .element: class="highlight" -->')).toEqual([])
    expect(traps('Some **bold** words <!-- .element: class="fragment" -->')).toEqual([])
  })

  it('is no trap when the item itself is the fragment, nested list and all', () => {
    expect(traps('- Trade <!-- .element: class="fragment" -->\n  - a **nested** point')).toEqual([])
  })
})
