import type { IpcRenderer } from 'electron'
import { CHANNELS, EVENTS, IPC_EVENT, IPC_INVOKE } from '../../renderer/core/api/contract'

/** The preload's one bridge object (`window.briefdeck`), over what it needs of Electron's ipcRenderer. */
export function createPreloadBridge(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>) {
  return {
    invoke(channel: string, request: unknown): Promise<unknown> {
      // Checked here and again in main: a page cannot name any other IPC channel.
      if (!(CHANNELS as readonly string[]).includes(channel)) return Promise.resolve({ ok: false, error: { code: 'E_FORBIDDEN', message: `unknown channel ${channel}` } })
      return ipc.invoke(IPC_INVOKE, channel, request)
    },
    on(event: string, listener: (payload: unknown) => void): () => void {
      if (!(EVENTS as readonly string[]).includes(event)) return () => {}
      const handler = (_e: unknown, name: string, payload: unknown): void => {
        if (name === event) listener(payload)
      }
      ipc.on(IPC_EVENT, handler)
      return () => void ipc.removeListener(IPC_EVENT, handler)
    },
  }
}
