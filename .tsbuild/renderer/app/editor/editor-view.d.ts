import type { BriefdeckApi } from '../../core/api/contract';
/**
 * The editor: Markdown source beside a live preview of the deck, with its problems below. This only
 * wires the parts together; each part is its own module.
 */
export declare function editorView(root: HTMLElement, api: BriefdeckApi, path: string): Promise<() => void>;
