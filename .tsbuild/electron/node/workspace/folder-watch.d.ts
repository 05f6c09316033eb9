export interface FolderWatch {
    close(): void;
}
/**
 * Watches a folder and its subfolders, and calls `changed` with the `/`-separated names that
 * changed once a burst of events has settled; `failed` when watching stops working.
 */
export declare function watchFolder(root: string, changed: (names: string[]) => void, failed: (error: Error) => void): FolderWatch;
