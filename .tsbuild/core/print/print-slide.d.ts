/** Highlights code for print, where no highlight plugin runs: HTML of the code, or null to leave it plain. */
export type HighlightCode = (code: string, language: string) => string | null;
/** A slide's HTML prepared for print: code highlighted, fragments grouped in reveal.js's order. */
export interface PrintSlide {
    /** The number of fragment steps (groups), 0 when the slide has no fragments. */
    steps: number;
    /** The slide's HTML with fragments of step `shown` and later hidden; `steps` shows everything. */
    htmlAt(shown: number): string;
}
/**
 * Prepares a slide for print. Fragments are grouped as reveal.js's sortFragments does: explicit
 * `data-fragment-index` values first, in index order, then each unnumbered fragment as its own step.
 */
export declare function toPrintSlide(html: string, highlight?: HighlightCode): PrintSlide;
