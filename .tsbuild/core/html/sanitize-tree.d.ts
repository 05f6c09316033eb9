import { type ParentNode } from 'domhandler';
import { type ResolveAsset } from './asset-url';
/** A problem the sanitiser met; `needle` is source text to locate the line by. */
export interface SanitizeFinding {
    code: 'W_UNSAFE_HTML' | 'W_ASSET_OUTSIDE' | 'W_ASSET_MISSING' | 'W_REMOTE_ASSET';
    message: string;
    needle: string;
}
export interface SanitizeOptions {
    /** Maps a confined deck-relative path to a URL; without it local paths are kept as written. */
    resolveAsset?: ResolveAsset;
    report: (finding: SanitizeFinding) => void;
}
/**
 * Makes deck HTML safe to show: raw HTML in a deck may format and style, never run script, load
 * from the network or read outside the deck folder. Works in place on a DOM-free htmlparser2 tree.
 */
export declare function sanitizeTree(root: ParentNode, options: SanitizeOptions): void;
