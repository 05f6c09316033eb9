import type { Bounds } from './window-placement';
/** What the app remembers between runs: window bounds and recent folders. */
export interface AppState {
    mainWindow?: Bounds & {
        maximized?: boolean;
    };
    recentFolders: string[];
}
export declare function loadAppState(): AppState;
export declare function saveAppState(state: AppState): Promise<void>;
/** Puts a folder first in the recent list (at most ten, no duplicates). */
export declare function rememberFolder(state: AppState, folder: string): AppState;
