import type { RenderedMarkdown } from '../markdown/create-markdown';
/**
 * Maps an offset in HTML rendered from Markdown back to a line of the deck file: the block the
 * offset falls in gives the block's first line, and the newlines since the block's start give the
 * rest (Markdown renders raw HTML and paragraphs line for line). Built once per render; each
 * lookup is a binary search, so a slide with thousands of findings costs no rescans.
 */
export declare function sourceLines(rendered: RenderedMarkdown, firstLine: number): (offset: number | undefined) => number;
