/** A Markdown-to-HTML function; one per deck compile, never the global `marked`. */
export type RenderMarkdown = (markdown: string) => string;
/**
 * Creates the only Marked instance Briefdeck uses: GitHub-flavoured Markdown as reveal.js's
 * markdown plugin configures it, plus one extension per reveal-specific syntax.
 * Raw HTML passes through here; `sanitizeTree` decides what of it survives.
 */
export declare function createMarkdown(): RenderMarkdown;
