import { type BriefdeckApi } from '../../renderer/core/api/contract';
/** One way the UI reaches the workspace, started on a folder of decks. */
export interface Transport {
    api: BriefdeckApi;
    /** Sends a request the typed client would never send, as a hostile page could. */
    raw(channel: string, request: unknown): Promise<unknown>;
    close(): Promise<void>;
}
/**
 * Browser mode as the page uses it: a real server on 127.0.0.1 and the app's own HTTP client, with
 * Node's fetch and the `ws` WebSocket standing in for the browser's (sending the page's Origin).
 */
export declare function httpTransport(folder: string, scratch: string): Promise<Transport>;
/**
 * The desktop app's path without Electron: the real preload bridge over a loopback ipcRenderer into
 * the real main-process invoke handler (sender check, validation, Reply), and the workspace's events
 * sent back on the IPC event channel as main broadcasts them.
 */
export declare function ipcTransport(folder: string, scratch: string): Promise<Transport>;
