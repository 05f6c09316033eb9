import { type Document } from 'yaml';
import type { Diagnostic, FrontMatter } from './deck';
/** The result of splitting front matter off a deck file. */
export interface FrontMatterResult {
    meta: FrontMatter;
    /** The Markdown after the front matter. */
    body: string;
    /** 1-based file line on which `body` starts. */
    bodyLine: number;
    /** The file line of each front matter key, for diagnostics about its value. */
    keyLines: Record<string, number>;
    diagnostics: Diagnostic[];
}
/** An empty front matter, the default for decks that have none. */
export declare function emptyFrontMatter(): FrontMatter;
/**
 * Splits YAML front matter (a first line `---`, closed by `---` or `...`) off a deck and reads it.
 * A leading `---` block with no `key:` line is not front matter but a slide separator, as in reveal.js.
 */
export declare function parseFrontMatter(source: string, file: string): FrontMatterResult;
/** Reads a talk length as minutes: 20, "20", "20m", "20 min", "1h30m", "1:30:00", "90s". */
export declare function toMinutes(value: unknown): number | undefined;
/**
 * Each pair's value as plain data, aliases expanded with the yaml library's limit on how many (so an
 * alias bomb is refused, not expanded into gigabytes); null when the limit is exceeded.
 */
export declare function toPlainValues(doc: Document.Parsed): Map<unknown, unknown> | null;
