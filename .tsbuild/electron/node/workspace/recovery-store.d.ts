/** Unsaved editor text kept safe from crashes, one file per deck, outside the deck folder. */
export interface RecoveryStore {
    put(deckFile: string, text: string): Promise<void>;
    get(deckFile: string): Promise<{
        text: string;
        savedAt: number;
    } | null>;
    clear(deckFile: string): Promise<void>;
}
/** The default place: `$XDG_CACHE_HOME/briefdeck/recovery` (~/.cache/briefdeck/recovery). */
export declare function defaultRecoveryDir(): string;
/** A recovery store in `dir`, keyed by the deck file's absolute path. */
export declare function createRecoveryStore(dir: string): RecoveryStore;
