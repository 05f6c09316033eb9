/** Decks larger than this are refused rather than read into memory (a 1,000-slide deck is ~0.5 MB). */
export declare const MAX_DECK_BYTES: number;
/**
 * Reads a deck file as UTF-8 text. A missing file, a folder, an unreadable file, a binary or
 * non-UTF-8 file each fail with their own code and a message naming the file (line 1).
 */
export declare function loadDeckFile(path: string): Promise<string>;
/** Decodes deck bytes as UTF-8, refusing binary data with the line where it was found. */
export declare function decodeDeckText(bytes: Uint8Array, path: string): string;
