export interface FolderWatch {
    close(): Promise<void>;
}
/**
 * Watches a folder and its subfolders (decks, `assets/`), and calls `changed` with the `/`-separated
 * names that changed once a burst of events has settled; `failed` when the folder goes away or
 * watching stops working. chokidar, not `fs.watch`: Node 20's recursive watcher on Linux stops
 * reporting a file once an editor has replaced it by renaming a new file over it (an atomic save).
 */
export declare function watchFolder(root: string, changed: (names: string[]) => void, failed: (error: Error) => void): FolderWatch;
