import type { ResolveAsset } from '../html/asset-url';
import type { ParsedDeck } from './deck';
export interface ParseDeckOptions {
    /** The deck's path as the user should see it in messages; default `deck.md`. */
    file?: string;
    /** Resolves local images and backgrounds; without it their paths are kept as written. */
    resolveAsset?: ResolveAsset;
}
/** A slide's Markdown, and its notes', may be this long: Markdown renders some inputs in quadratic time, and no slide needs more. */
export declare const MAX_SLIDE_MARKDOWN: number;
/** Compiling stops with an error after this long, wherever it is, so no deck can hang a command or the server. */
export declare const COMPILE_BUDGET_MS = 15000;
/**
 * Compiles a Markdown deck into a deck model: front matter, then slides split on reveal.js's
 * separators with their notes, attributes and sanitised HTML. Problems in the Markdown come back as
 * diagnostics, never as exceptions, and a deck is always returned.
 */
export declare function parseDeck(source: string, options?: ParseDeckOptions): ParsedDeck;
/**
 * The same as parseDeck, giving way to `pause` between slides, so the host stays responsive
 * (Ctrl+C, other requests) while a long deck compiles: no slide takes long on its own.
 */
export declare function parseDeckAsync(source: string, options: ParseDeckOptions, pause: () => Promise<void>): Promise<ParsedDeck>;
