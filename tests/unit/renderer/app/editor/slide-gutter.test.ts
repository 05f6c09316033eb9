import { EditorState } from '@codemirror/state'
import { describe, expect, it } from 'vitest'
import { markedLines, slideMarks } from '../../../../../renderer/app/editor/slide-gutter'
import { isStructuralLine, markLines, splitSource } from '../../../../../renderer/app/editor/source-map'

const deck = ['---', 'title: T', '---', '# A', 'text', 'Note: hi', '---', '```', '---', '```', '--', '# C', 'more'].join('\n')

describe('the slide gutter, edit by edit', () => {
  it('always marks what a fresh split marks, whether an edit only shifts the marks or moves them', () => {
    let state = EditorState.create({ doc: deck, extensions: [slideMarks] })
    const edits: Array<(s: EditorState) => { from: number; to?: number; insert?: string }> = [
      (s) => ({ from: s.doc.line(5).to, insert: ' typed' }), // inside a line: markers shift
      (s) => ({ from: s.doc.line(4).from, insert: 'x\n' }), // a new line: they move
      (s) => ({ from: s.doc.line(9).from, to: s.doc.line(9).to, insert: '``' }), // the fence's closing line broken
      (s) => ({ from: s.doc.line(13).to, insert: '-' }), // `more-`: nothing
      (s) => ({ from: s.doc.line(2).to, insert: '\nverticalSeparator: "^more-$"' }), // front matter: a new separator
      (s) => ({ from: s.doc.line(6).from, to: s.doc.line(6).to, insert: '---' }), // a line made a separator
    ]
    for (const edit of edits) {
      state = state.update({ changes: edit(state) }).state
      expect(markedLines(state), state.doc.toString()).toEqual([...markLines(state.doc.toString()).entries()].sort(([a], [b]) => a - b))
    }
  })

  it('counts separators, notes and fences as lines that can move slide boundaries, and nothing else', () => {
    const { separators } = splitSource('---\nseparator: "^<!--s-->$"\n---\n# A')
    expect(['<!--s-->', 'Note: x', '```js', '~~~', '  ```  '].map((line) => isStructuralLine(line, separators))).toEqual([true, true, true, true, true])
    expect(['---', 'plain text', '## Heading', '- list'].map((line) => isStructuralLine(line, separators))).toEqual([false, false, false, false])
  })
})
