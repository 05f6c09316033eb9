// The desktop app's preload: exposes exactly one object, window.briefdeck, with the contract's
// channels and events and nothing else (contextIsolation keeps the page from reaching ipcRenderer).
import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS, EVENTS, IPC_EVENT, IPC_INVOKE } from '../../renderer/core/api/contract'

contextBridge.exposeInMainWorld('briefdeck', {
  invoke(channel: string, request: unknown): Promise<unknown> {
    // Checked here and again in main: a page cannot name any other IPC channel.
    if (!(CHANNELS as readonly string[]).includes(channel)) return Promise.resolve({ ok: false, error: { code: 'E_FORBIDDEN', message: `unknown channel ${channel}` } })
    return ipcRenderer.invoke(IPC_INVOKE, channel, request)
  },
  on(event: string, listener: (payload: unknown) => void): () => void {
    if (!(EVENTS as readonly string[]).includes(event)) return () => {}
    const handler = (_e: unknown, name: string, payload: unknown): void => {
      if (name === event) listener(payload)
    }
    ipcRenderer.on(IPC_EVENT, handler)
    return () => ipcRenderer.removeListener(IPC_EVENT, handler)
  },
})
