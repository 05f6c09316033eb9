/**
 * Installs a deck's @font-face rules in the document, once each. They must live there: Chromium
 * does not load fonts declared inside shadow roots, where thumbnails keep their themes apart.
 */
export declare function installFonts(css: string): void;
/** The deck's CSS without its fonts, for a shadow root: `:root` variables apply to the host there. */
export declare function scopedThemeCss(css: string): string;
/**
 * The CSS of a shadow root holding static slides (renderer/core/slide/static-slide.ts): the frame's
 * rules first, then the deck's theme, which overrides them as it overrides reveal.css on a live slide.
 */
export declare function staticSlideCss(css: string): string;
/** Sets the one presented deck's CSS on the page, replacing the previous deck's. */
export declare function applyDeckCss(css: string): void;
