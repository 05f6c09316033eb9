/** What a page may load besides itself; everything not named here is refused. */
export interface CspOptions {
    /** Scripts: the SHA-256 hashes of inline scripts (a built deck, a print page), or `'self'` (the app). */
    scripts: readonly string[] | 'self';
    /** Extra sources for images, media and fonts (the app's own files), besides `data:` and `blob:`. */
    resources?: readonly string[];
    /** Where `fetch` and WebSockets may go; nowhere by default. */
    connect?: string;
    /** Whether the page may frame itself (reveal.js's speaker view previews the deck in frames). */
    frameSelf?: boolean;
    /** Whether other pages may frame this one; the app refuses it (clickjacking). */
    frameable?: boolean;
    /** Where Web Workers may be loaded from; nowhere by default. */
    workers?: string;
}
/**
 * The one Content-Security-Policy builder, for built decks, print pages and the app alike: only the
 * listed scripts run (no inline handlers, no eval), nothing is fetched from the network, and styles
 * and media come from the page itself.
 */
export declare function contentSecurityPolicy(options: CspOptions): string;
