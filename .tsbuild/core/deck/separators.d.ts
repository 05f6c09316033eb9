import type { Diagnostic, FrontMatter } from './deck';
/** Separators as full-line patterns (`RegExp`s anchored by the caller) and the notes marker. */
export interface Separators {
    horizontal: RegExp;
    /** null: this deck has no vertical slides. */
    vertical: RegExp | null;
    notes: RegExp;
}
/** reveal.js's `---` and, for vertical slides, both reveal.js's `--` and reveal-md's `----`. */
export declare const DEFAULT_SEPARATORS: Separators;
/** Separator lines are short; a longer line is never tested against a deck's own pattern. */
export declare const MAX_SEPARATOR_LINE = 200;
type SeparatorKey = 'separator' | 'verticalSeparator' | 'notesSeparator';
/**
 * The separators a deck's front matter asks for, as the compiler and the editor's gutter both use
 * them: a missing key keeps reveal.js's default; an empty `verticalSeparator` turns vertical slides
 * off; a pattern that is not a valid regex, or could take exponential time, keeps the default (none
 * for vertical slides) with a warning at the key's line.
 */
export declare function resolveSeparators(meta: Pick<FrontMatter, SeparatorKey>, keyLines: Record<string, number>, file: string): {
    separators: Separators;
    diagnostics: Diagnostic[];
};
/**
 * Turns a separator from front matter into a full-line pattern. reveal.js writes them as regex
 * sources over the whole file (`\r?\n---\r?\n`, `^\s*notes?:`); the line-break and anchor parts
 * are dropped because we test one line at a time. A `prefix` pattern (the notes marker) only has to
 * match the line's start. Returns null when the pattern is not a valid regex, or could take
 * exponential time (see `isLinearEnough`).
 */
export declare function toLinePattern(source: string, mode: 'line' | 'prefix', flags?: string): RegExp | null;
/**
 * Refuses the regex shapes that backtrack exponentially (a quantified group that itself contains a
 * quantifier or an alternation, as in `(a+)+` or `(a|aa)*`, and backreferences): a deck's
 * separator runs on every line, and JavaScript regexes cannot be interrupted.
 */
export declare function isLinearEnough(source: string): boolean;
export {};
