import { acceptChunk, getChunks, goToNextChunk, goToPreviousChunk, rejectChunk, unifiedMergeView } from '@codemirror/merge'
import { Compartment, type EditorState, type Extension, Prec } from '@codemirror/state'
import { EditorView, keymap } from '@codemirror/view'
import { h } from '../shared/dom'
import type { SaveSession } from './save-session'

/** What each chunk's two buttons say: the editor holds mine, the merge view shows the disk's text above it. */
const CONTROLS = {
  accept: { text: 'Keep mine', title: 'Keep your version of this change (Alt+Enter)' },
  reject: { text: 'Take theirs', title: 'Take the version on disk for this change (Alt+Shift+Enter)' },
} as const

/**
 * The chunk buttons on a line of their own above the disk's lines (CodeMirror floats them over the
 * text), in colours white text reads on, and a collapsed-lines mark every bundled font has.
 */
const mergeLook = EditorView.theme({
  '.cm-deletedChunk .cm-chunkButtons': { position: 'static', display: 'flex', gap: '4px', padding: '3px 0' },
  '.cm-deletedChunk button': { fontSize: '12px', padding: '1px 8px', margin: '0' },
  '.cm-deletedChunk button[name=accept]': { background: '#1f6f3a' },
  '.cm-deletedChunk button[name=reject]': { background: '#a3202f' },
  '.cm-collapsedLines:before, .cm-collapsedLines:after': { content: '"…"' },
})

/**
 * A conflict as a real diff: while the session is in conflict, the source editor becomes CodeMirror's
 * unified merge view of the author's text against the newer file on disk. Each differing chunk shows
 * the disk's lines above the author's, with Keep mine / Take theirs; F7 and Shift+F7 go from chunk to
 * chunk. Once no chunk is left, the text in the editor is the merge, ready to save over the disk's.
 */
export class ConflictMerge {
  private readonly compartment = new Compartment()
  /** The disk text the merge view compares against; null when not in conflict. */
  private theirs: string | null = null
  private chunks = 0

  constructor(private readonly counted: (chunks: number) => void) {}

  get extension(): Extension {
    return this.compartment.of([])
  }

  /** Whether the author has gone through every chunk of a conflict. */
  get resolved(): boolean {
    return this.theirs !== null && this.chunks === 0
  }

  /** Shows the merge view while `session` is in conflict (against its latest disk text), and removes it after. */
  show(view: EditorView, session: SaveSession): void {
    const theirs = session.state === 'conflict' ? session.theirs.text : null
    if (theirs === this.theirs) return
    this.theirs = theirs
    view.dispatch({ effects: this.compartment.reconfigure(theirs === null ? [] : this.mergeView(theirs)) })
    this.count(view.state)
  }

  private mergeView(theirs: string): Extension {
    return [
      unifiedMergeView({
        original: theirs, gutter: true, collapseUnchanged: { margin: 3, minSize: 6 },
        mergeControls: (type, action) => {
          const button = h('button', { type: 'button', name: type, title: CONTROLS[type].title }, CONTROLS[type].text)
          // CodeMirror acts on mousedown, so the editor keeps its selection.
          button.addEventListener('mousedown', action)
          return button
        },
      }),
      Prec.high(keymap.of([
        { key: 'Alt-Enter', run: (view) => acceptChunk(view) },
        { key: 'Alt-Shift-Enter', run: (view) => rejectChunk(view) },
        { key: 'F7', run: goToNextChunk },
        { key: 'Shift-F7', run: goToPreviousChunk },
      ])),
      mergeLook,
      EditorView.updateListener.of((update) => this.count(update.state)),
    ]
  }

  private count(state: EditorState): void {
    const chunks = this.theirs === null ? 0 : (getChunks(state)?.chunks.length ?? 0)
    if (chunks === this.chunks) return
    this.chunks = chunks
    this.counted(chunks)
  }
}
