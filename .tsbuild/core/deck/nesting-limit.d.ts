/**
 * How deep Markdown may nest. Real decks nest lists and quotes a few levels; marked's time grows
 * steeply with depth (800 nested list levels take seconds) and its recursion overflows the stack
 * near 4,000 quote levels, so a hostile deck could hang or crash the compiler without these limits.
 */
export declare const MAX_INDENT_COLUMNS = 256;
export declare const MAX_QUOTE_DEPTH = 100;
/** The first line (0-based) of Markdown that nests deeper than the limits, with why, or null. */
export declare function findExcessiveNesting(lines: readonly string[]): {
    index: number;
    reason: string;
} | null;
