/** Briefdeck's own theme; any reveal.js theme name (black, white, league…) works too. */
export declare const DEFAULT_THEME = "briefing";
export declare const DEFAULT_HIGHLIGHT_THEME = "github";
export declare const REVEAL_DIST: string;
/** The theme's CSS, or null when no theme of that name exists. Remote @imports are dropped (offline). */
export declare function loadThemeCss(name: string): string | null;
/** The CSS of a highlight.js style, or null when there is none of that name. */
export declare function loadHighlightCss(name: string): string | null;
