import { markdown } from '@codemirror/lang-markdown'
import { yamlFrontmatter } from '@codemirror/lang-yaml'
import { EditorState, type Extension } from '@codemirror/state'
import { EditorView, keymap } from '@codemirror/view'
import { basicSetup } from 'codemirror'
import { slideGutter } from './slide-gutter'

/** What the source editor tells the rest of the editor. */
export interface SourceHooks {
  save(): void
  /** The text changed (typing, a paste, a reload). */
  changed(text: string): void
  /** The cursor may be on another slide now. */
  moved(): void
}

/**
 * The Markdown source editor: CodeMirror's basic setup (line numbers, undo, search and replace),
 * Mod-s to save, YAML front matter highlighted as YAML and the rest as Markdown, soft wrap and the
 * slide gutter. `extras` brings the theme and image drop.
 */
export function codemirrorSetup(parent: HTMLElement, doc: string, hooks: SourceHooks, extras: Extension[]): EditorView {
  return new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        // Before basicSetup, so Mod-s saves instead of reaching the browser's "save page".
        keymap.of([{ key: 'Mod-s', preventDefault: true, run: () => (hooks.save(), true) }]),
        basicSetup,
        yamlFrontmatter({ content: markdown() }),
        EditorView.lineWrapping,
        slideGutter(),
        extras,
        EditorView.updateListener.of((update) => {
          if (update.docChanged) hooks.changed(update.state.doc.toString())
          if (update.selectionSet || update.docChanged) hooks.moved()
        }),
      ],
    }),
  })
}

/** The 1-based line the cursor is on. */
export function cursorLine(view: EditorView): number {
  return view.state.doc.lineAt(view.state.selection.main.head).number
}

/** Puts the cursor at the start of a 1-based line (clamped to the document), centred, and focuses the editor. */
export function goToLine(view: EditorView, line: number): void {
  const target = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines))
  view.dispatch({ selection: { anchor: target.from }, effects: EditorView.scrollIntoView(target.from, { y: 'center' }) })
  view.focus()
}

/** Replaces the whole text (a reload, a version chosen in a conflict), keeping the cursor where it can. */
export function replaceText(view: EditorView, text: string): void {
  const head = Math.min(view.state.selection.main.head, text.length)
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: head } })
}
