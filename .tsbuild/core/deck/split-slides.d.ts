import type { Diagnostic } from './deck';
import { type Separators } from './separators';
/** The Markdown of one slide before rendering, with where each part starts in the file. */
export interface SlideSource {
    h: number;
    v: number;
    startLine: number;
    endLine: number;
    body: string;
    bodyLine: number;
    notes: string;
    notesLine: number;
}
/**
 * Splits a deck body into slides the way reveal.js's markdown plugin does, but line by line so
 * that a separator or a `Note:` line inside a fenced code block is left alone.
 * `firstLine` is the file line of the body's first line; lines are already `\n`-separated.
 */
export declare function splitSlides(body: string, firstLine: number, separators: Separators, file: string): {
    slides: SlideSource[];
    diagnostics: Diagnostic[];
};
