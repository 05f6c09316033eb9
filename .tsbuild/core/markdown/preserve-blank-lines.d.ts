import type { MarkedExtension } from 'marked';
/**
 * Blank lines between blocks, kept in the HTML as reveal.js's markdown plugin keeps them, so that
 * an `<!-- .element: -->` comment after a list can tell "the whole list" (blank line before it)
 * from "the last item" (none).
 */
export declare function preserveBlankLines(): MarkedExtension;
