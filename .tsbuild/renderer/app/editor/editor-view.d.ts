import type { BriefdeckApi } from '../../core/api/contract';
/**
 * The editor: Markdown source beside a live preview of the deck. The preview compiles off the
 * typing path and re-renders only changed slides; it follows the cursor, and clicking a slide moves
 * the cursor to its source. Saves are atomic and never overwrite a newer file on disk; unsaved text
 * is kept in a recovery file until it is saved.
 */
export declare function editorView(root: HTMLElement, api: BriefdeckApi, path: string): Promise<() => void>;
