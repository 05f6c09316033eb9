import type { Diagnostic } from '../../core/deck/deck';
/**
 * Loads what a view needs, or, when that fails (a deck that vanished, a folder gone), says why in the
 * view with a way back to the library. Returns null in that case.
 */
export declare function loadOrExplain<T>(root: HTMLElement, load: () => Promise<T>): Promise<T | null>;
/** Shows a deck's compile errors, `file:line: message` each, in a banner (hidden when there are none). */
export declare function showErrors(banner: HTMLElement, diagnostics: readonly Diagnostic[]): void;
