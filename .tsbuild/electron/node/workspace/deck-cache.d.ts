import type { DeckSnapshot, DeckSummary } from '../../../renderer/core/api/contract';
import type { DeckFolder } from './deck-folder';
/** A deck compiled for the UI. */
export interface CompiledDeck {
    snapshot: DeckSnapshot;
    summary: DeckSummary;
}
export interface DeckCache {
    /** The deck at `path` compiled, from the cache while the file is unchanged (same mtime and size). */
    compile(path: string): Promise<CompiledDeck>;
    /** Unsaved text compiled as the deck at `path` would compile (images resolve from its folder). */
    compileText(path: string, text: string): Promise<CompiledDeck>;
    forget(path: string): void;
    clear(): void;
}
/** Compiles a folder's decks for the UI with the one loader and style composer, remembering each. */
export declare function createDeckCache(folder: DeckFolder, fileUrl: (relativePath: string) => string): DeckCache;
