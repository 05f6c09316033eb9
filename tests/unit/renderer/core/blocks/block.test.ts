import { describe, expect, it } from 'vitest'
import { mayHoldBlock } from '../../../../../renderer/core/blocks/block'

describe('mayHoldBlock', () => {
  it('sees a fence opening with the kind\'s name, in backticks or tildes, indented up to three spaces', () => {
    for (const text of ['```chart\nmark: bar\n```', '# Title\n\n~~~ chart\n~~~', '- a\n\n   ````chart title\n````', 'x\r\n```chart\r\n```']) {
      expect(mayHoldBlock(text, 'chart'), text).toBe(true)
    }
    expect(mayHoldBlock('```mermaid\nflowchart LR\n```', 'mermaid')).toBe(true)
  })

  it('does not see a chart in other fences, in code indented four spaces, or mid-line', () => {
    for (const text of ['```charts\n```', '```mermaid\n```', '    ```chart\n', 'text ```chart', '``chart``', '```js\nconst chart = 1\n```']) {
      expect(mayHoldBlock(text, 'chart'), text).toBe(false)
    }
  })
})
