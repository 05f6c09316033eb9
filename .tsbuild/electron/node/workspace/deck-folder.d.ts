import type { Diagnostic } from '../../../renderer/core/deck/deck';
/** The open folder of decks: nothing outside it is read or written. */
export interface DeckFolder {
    /** The folder as given. */
    readonly folder: string;
    /** Its real path; a folder that vanished is an error the UI shows. */
    root(): Promise<string>;
    /** The file of an existing deck path (`/`-separated, relative), refusing anything that resolves outside. */
    resolve(path: string): Promise<string>;
    /** Where a file at `path` may be created or replaced, refusing symlinked folders or files that lead outside. */
    resolveNew(path: string): Promise<string>;
    /** The folder's decks in file-name order, and the names refused for leading outside it. */
    decks(): Promise<{
        files: string[];
        refused: Diagnostic[];
    }>;
}
/** Opens a folder of decks; every file access of the workspace goes through it. */
export declare function openDeckFolder(folder: string): DeckFolder;
/** Whether a path exists (a file or folder). */
export declare function exists(path: string): Promise<boolean>;
/** A path relative to the folder, joined onto its real root. */
export declare function inFolder(root: string, path: string): string;
