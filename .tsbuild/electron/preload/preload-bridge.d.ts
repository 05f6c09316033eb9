import type { IpcRenderer } from 'electron';
/** The preload's one bridge object (`window.briefdeck`), over what it needs of Electron's ipcRenderer. */
export declare function createPreloadBridge(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): {
    invoke(channel: string, request: unknown): Promise<unknown>;
    on(event: string, listener: (payload: unknown) => void): () => void;
};
