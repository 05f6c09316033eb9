import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { type Handlers, type Reply } from '../../renderer/core/api/contract';
/**
 * Handles one request from a renderer: the sender must be one of the app's own pages, and the
 * request must pass the contract's validation, before the workspace handler runs.
 */
export declare function createInvokeHandler(handlers: () => Handlers): (event: Pick<IpcMainInvokeEvent, "senderFrame">, channel: unknown, request: unknown) => Promise<Reply<unknown>>;
/** The only place ipcMain is used: mounts the workspace handlers on the one invoke channel. */
export declare function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, handlers: () => Handlers): () => void;
