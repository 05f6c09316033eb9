import { type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
/** What the source editor tells the rest of the editor. */
export interface SourceHooks {
    save(): void;
    /** The text changed (typing, a paste, a reload). */
    changed(text: string): void;
    /** The cursor may be on another slide now. */
    moved(): void;
}
/**
 * The Markdown source editor: CodeMirror's basic setup (line numbers, undo, search and replace),
 * Mod-s to save, YAML front matter highlighted as YAML and the rest as Markdown, soft wrap and the
 * slide gutter. `extras` brings the theme and image drop.
 */
export declare function codemirrorSetup(parent: HTMLElement, doc: string, hooks: SourceHooks, extras: Extension[]): EditorView;
/** The 1-based line the cursor is on. */
export declare function cursorLine(view: EditorView): number;
/** Puts the cursor at the start of a 1-based line (clamped to the document), centred, and focuses the editor. */
export declare function goToLine(view: EditorView, line: number): void;
/** Replaces the whole text (a reload, a version chosen in a conflict), keeping the cursor where it can. */
export declare function replaceText(view: EditorView, text: string): void;
