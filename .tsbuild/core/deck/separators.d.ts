import type { Diagnostic, FrontMatter } from './deck';
/** A test of one line: a whole-line separator, or the notes marker at the line's start. */
export interface LinePattern {
    test(line: string): boolean;
}
/** A marker at the start of a line, such as `Note:`: where it ends (-1 when the line has none). */
export interface PrefixPattern extends LinePattern {
    end(line: string): number;
}
/** Separators as line patterns, and the notes marker. */
export interface Separators {
    horizontal: LinePattern;
    /** null: this deck has no vertical slides. */
    vertical: LinePattern | null;
    notes: PrefixPattern;
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
 * A separator from front matter as a whole-line pattern. reveal.js writes them as regex sources over
 * the whole file (`\r?\n---\r?\n`, `^\s*notes?:`); the line-break and anchor parts are dropped
 * because one line is tested at a time. A deck's pattern runs on RE2 (re2js), in time linear in the
 * line whatever the pattern (`^a*a*a*a*b$` included): JavaScript's backtracking regexes cannot be
 * interrupted. Null when it is not a regex RE2 accepts (lookarounds, backreferences).
 */
export declare function toLinePattern(source: string, flags?: string): LinePattern | null;
/** A separator from front matter as a marker at a line's start (the notes marker); see toLinePattern. */
export declare function toPrefixPattern(source: string, flags?: string): PrefixPattern | null;
export {};
