/** Removes the temporary files of writes still in progress (for SIGINT/SIGTERM handlers). */
export declare function removeInFlightTemps(): void;
/**
 * Writes a file so that readers only ever see the old or the new content: a temporary file beside
 * it is written, flushed to disk and renamed over the target (atomic on one file system). An
 * existing file's permissions are kept. On failure the temporary file is removed.
 */
export declare function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void>;
