import { describe, expect, it } from 'vitest'
import { toNotesText } from '../../../../../../electron/node/export/pptx/notes-text'

describe('toNotesText', () => {
  it('gives one plain line per paragraph, list item (bulleted, numbered, indented) and code line', () => {
    const html = '<p>Say <strong>this</strong>.</p><ul><li>one<ul><li>deep</li></ul></li></ul><ol><li>first</li></ol><pre><code>a\nb\n</code></pre>'
    expect(toNotesText(html)).toEqual(['Say this.', '• one', '  • deep', '1. first', 'a', 'b'])
  })

  it('is empty for a slide without notes', () => {
    expect(toNotesText('')).toEqual([])
  })
})
