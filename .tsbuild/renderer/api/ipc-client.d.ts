import type { BriefdeckApi, Reply } from '../core/api/contract';
/** What the desktop app's preload exposes as `window.briefdeck` (see electron/preload). */
export interface PreloadBridge {
    invoke(channel: string, request: unknown): Promise<Reply<unknown>>;
    on(event: string, listener: (payload: unknown) => void): () => void;
}
/** The API over Electron IPC, through the preload's one bridge object. */
export declare function createIpcClient(bridge: PreloadBridge): BriefdeckApi;
