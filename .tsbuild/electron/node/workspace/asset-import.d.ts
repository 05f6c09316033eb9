import type { DeckFolder } from './deck-folder';
/** Whether bytes start as the image format their file name claims (so a paste cannot plant a script). */
export declare function looksLikeImage(bytes: Uint8Array, name: string): boolean;
/**
 * Copies a pasted or dropped image into the `assets/` folder beside a deck, under a free, safe name,
 * and returns its path relative to the deck. Confined like every write: an `assets/` that is a
 * symlink leading out of the folder is refused.
 */
export declare function importAsset(folder: DeckFolder, deck: string, name: string, bytes: Uint8Array): Promise<string>;
