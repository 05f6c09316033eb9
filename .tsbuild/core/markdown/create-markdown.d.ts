/**
 * Markdown rendered to HTML, with where each top-level block starts: its offset in `html` and its
 * 0-based line in the Markdown, so a problem found in the HTML tree can name its source line.
 */
export interface RenderedMarkdown {
    html: string;
    blocks: Array<{
        offset: number;
        line: number;
    }>;
}
/** A Markdown-to-HTML function; one per deck compile, never the global `marked`. */
export type RenderMarkdown = (markdown: string) => RenderedMarkdown;
/**
 * Creates the only Marked instance Briefdeck uses: GitHub-flavoured Markdown as reveal.js's
 * markdown plugin configures it, plus one extension per reveal-specific syntax.
 * Raw HTML passes through here; `sanitizeTree` decides what of it survives.
 */
export declare function createMarkdown(): RenderMarkdown;
