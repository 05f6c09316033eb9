import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { type Handlers, IPC_INVOKE, type Reply } from '../../renderer/core/api/contract'
import { toReply } from '../../renderer/core/api/to-reply'
import { validateRequest } from '../../renderer/core/api/validate-request'
import { BriefdeckError } from '../../renderer/core/errors'
import { isTrustedSender } from './protocol-path'

/** What the handlers learn of an IPC call: the frame that sent it, and its page (whose view it may report). */
export type InvokeEvent = Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>

/**
 * Handles one request from a renderer: the sender must be one of the app's own pages, and the
 * request must pass the contract's validation, before the workspace handler runs.
 */
export function createInvokeHandler(handlers: (event: InvokeEvent) => Handlers) {
  return (event: InvokeEvent, channel: unknown, request: unknown): Promise<Reply<unknown>> =>
    toReply(async () => {
      // A page from anywhere else (a frame, a navigation gone wrong) never reaches the handlers.
      if (!isTrustedSender(event.senderFrame?.url)) throw new BriefdeckError('E_FORBIDDEN', 'IPC from an untrusted page')
      const valid = validateRequest(channel, request)
      return (handlers(event)[valid.channel] as (r: unknown) => Promise<unknown>)(valid.request)
    })
}

/** The only place ipcMain is used: mounts the workspace handlers on the one invoke channel. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, handlers: (event: InvokeEvent) => Handlers): () => void {
  ipcMain.handle(IPC_INVOKE, createInvokeHandler(handlers))
  return () => ipcMain.removeHandler(IPC_INVOKE)
}
