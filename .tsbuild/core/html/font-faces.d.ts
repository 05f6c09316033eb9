/** One @font-face of a bundled font: a file covering some Unicode ranges of a family. */
export interface FontFace {
    family: string;
    style: string;
    weight: number;
    /** Inclusive code point ranges the file covers. */
    ranges: Array<[number, number]>;
    /** The file's path relative to the stylesheet it was declared in. */
    file: string;
}
/**
 * Reads the @font-face rules of a fontsource-style stylesheet (one woff2 file per Unicode range),
 * so a deck can embed only the files that cover characters it uses.
 */
export declare function parseFontFaceCss(css: string): FontFace[];
/** Parses a CSS `unicode-range` such as `U+0000-00FF,U+0131,U+4E??`. */
export declare function parseUnicodeRange(value: string): Array<[number, number]>;
/** The distinct code points of a text, sorted. */
export declare function codePointsOf(text: string): number[];
/**
 * The faces a font stack needs to draw the code points, so only the glyph subsets a deck uses are
 * embedded. As in the browser's cascade, a code point is drawn by the first family in `stack`
 * that covers it, so a fallback family (Devanagari, Japanese) is only embedded for the characters
 * the families before it lack. Printable ASCII is always covered, for the UI. Every weight and
 * style of a needed range is kept: which one a character is set in is only known after layout.
 */
export declare function selectFontFaces(faces: readonly FontFace[], codePoints: readonly number[], stack: readonly string[]): FontFace[];
/** The @font-face rule for a face whose file is reachable at `url` (a data: URL when inlined). */
export declare function renderFontFace(face: FontFace, url: string): string;
