/** The MIME type of a file, by extension; unknown files are opaque bytes. */
export declare function mimeTypeOf(path: string): string;
/** The MIME type without parameters (`text/html; charset=utf-8` → `text/html`), for `data:` URLs and checks. */
export declare function bareMimeTypeOf(path: string): string;
