/**
 * CSS from a deck, made safe to put in a page: what a browser would fetch or run is found after
 * decoding CSS escapes (a browser reads `u\72l(` as `url(` and `@\69mport` as `@import`), and a
 * deck's `<style>` is wrapped in `@scope` so it styles that deck's slides and nothing else.
 */
/** Returns CSS text with every escape replaced by the code point it stands for (CSS Syntax §4.3.7, with §3.3 preprocessing). */
export declare function decodeCssEscapes(input: string): string;
/**
 * Why a piece of CSS may not be used (null when it may): it is read as a browser reads it, escapes
 * decoded and comments removed, and every `url()` must be one `isAllowedUrl` accepts.
 */
export declare function refuseCss(css: string, isAllowedUrl: (url: string) => boolean): string | null;
/**
 * A deck's stylesheet confined to `scope` (a selector for the deck's root): its rules go inside
 * `@scope (scope) { … }`, `:root` becomes `:scope`, and keyframes stay outside, where they must be.
 * Null when the CSS's blocks do not pair up as the browser's tokenizer reads them, so that the CSS
 * could close the `@scope` block and style the rest of the page.
 */
export declare function scopeCss(css: string, scope: string): string | null;
