import { markdown } from '@codemirror/lang-markdown'
import { yamlFrontmatter } from '@codemirror/lang-yaml'
import { EditorState, type Extension, type Text } from '@codemirror/state'
import { EditorView, keymap, tooltips } from '@codemirror/view'
import { basicSetup } from 'codemirror'
import { briefGutter } from './brief-gutter'
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
 * The Markdown source editor: CodeMirror's basic setup (line numbers, undo, search and replace,
 * completion), Mod-s to save, YAML front matter highlighted as YAML and the rest as Markdown, soft
 * wrap and the slide gutter. `extras` brings the theme, lint, completions, the merge view and image drop.
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
        // In the page's body: the source pane contains its own layout and paint, which would clip them.
        tooltips({ parent: document.body }),
        yamlFrontmatter({ content: markdown() }),
        EditorView.lineWrapping,
        slideGutter(),
        briefGutter(),
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

/** How far down a slide's first line (often blank, after its separator) is searched for its text. */
const BLANK_LOOKAHEAD = 20

/** The 1-based line of the first text at or after `line`, within a few lines: where a slide's content starts. */
export function firstContentLine(doc: Text, line: number): number {
  const start = Math.min(Math.max(1, line), doc.lines)
  for (let n = start; n <= Math.min(doc.lines, start + BLANK_LOOKAHEAD); n++) if (doc.line(n).text.trim() !== '') return n
  return start
}

/** Goes to a slide: its first line of text, not the blank line after its separator. */
export function goToSlide(view: EditorView, startLine: number): void {
  goToLine(view, firstContentLine(view.state.doc, startLine))
}

/** Replaces the whole text (a reload, a version chosen in a conflict), keeping the cursor where it can. */
export function replaceText(view: EditorView, text: string): void {
  const head = Math.min(view.state.selection.main.head, text.length)
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: head } })
}

/**
 * Replaces the text with `text` as one edit of the part that differs (one undo step, the rest of the
 * document and its folds untouched), and puts the cursor at the start of a 1-based line.
 */
export function applyText(view: EditorView, text: string, line: number): void {
  const old = view.state.doc.toString()
  let start = 0
  while (start < old.length && start < text.length && old[start] === text[start]) start++
  let end = 0
  while (end < old.length - start && end < text.length - start && old[old.length - 1 - end] === text[text.length - 1 - end]) end++
  view.dispatch({ changes: { from: start, to: old.length - end, insert: text.slice(start, text.length - end) }, userEvent: 'move.slide' })
  goToLine(view, line)
}
