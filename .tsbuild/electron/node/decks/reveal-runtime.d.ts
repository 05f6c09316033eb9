import type { DeckRuntime } from '../../../renderer/core/html/render-deck';
/**
 * The hashes of the inline scripts of reveal.js's speaker view. The notes plugin writes that page
 * into an about:blank popup, which inherits the deck's CSP, so the CSP must allow exactly those
 * scripts. They are read out of the plugin's `document.write(`...`)` string literal.
 */
export declare function speakerViewScriptHashes(notesPlugin: string): string[];
/**
 * What a self-contained deck page runs besides its styles: reveal.js, the notes plugin (and the
 * hashes of its speaker view's scripts), the highlight plugin only when the deck has code, then
 * Briefdeck's init script.
 */
export declare function revealRuntime(styles: string[], hasCode: boolean): DeckRuntime;
