import { type ResolveAsset } from './asset-url';
import { type HtmlNode, type HtmlParent } from './html-tree';
/** A problem the sanitiser met, with the node (and attribute) it was found on, so the caller can locate it. */
export interface SanitizeFinding {
    code: 'W_UNSAFE_HTML' | 'W_ASSET_OUTSIDE' | 'W_ASSET_MISSING' | 'W_REMOTE_ASSET' | 'E_TOO_LARGE';
    message: string;
    node: HtmlNode;
    attribute?: string;
}
export interface SanitizeOptions {
    /** Maps a confined deck-relative path to a URL; without it local paths are kept as written. */
    resolveAsset?: ResolveAsset;
    /** A selector for the deck's root: a deck's `<style>` applies under it and nowhere else. */
    scope?: string;
    /** A second pass over sanitised output (see settleHtml): style sheets were already made safe and scoped. */
    settling?: boolean;
    report(finding: SanitizeFinding): void;
}
/** Deeper than this, Chromium's parser flattens the tree, so what it builds is no longer what was checked. */
export declare const MAX_HTML_DEPTH = 256;
/**
 * Makes deck HTML safe to show: raw HTML in a deck may format and style, never run script, navigate,
 * load from the network or read outside the deck folder. Works in place on a tree from `parseHtml`,
 * so what it checks is what a browser builds; elements are visited in a loop (no recursion).
 */
export declare function sanitizeTree(root: HtmlParent, options: SanitizeOptions): void;
/**
 * Sanitised HTML that a browser will parse back into the very tree that was checked: the output is
 * parsed and sanitised again until it no longer changes (a few nestings, such as a heading inside a
 * heading, serialise to markup that parses differently). Empty if it will not settle.
 */
export declare function settleHtml(html: string, options: Omit<SanitizeOptions, 'report' | 'settling'>): string;
