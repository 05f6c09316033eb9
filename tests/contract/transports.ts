import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import WebSocket from 'ws'
import { createInvokeHandler } from '../../electron/main/ipc'
import type { Workspace } from '../../electron/node/workspace/workspace'
import { createWorkspace } from '../../electron/node/workspace/workspace'
import { createPreloadBridge } from '../../electron/preload/preload-bridge'
import { startServer } from '../../electron/server/serve'
import { createHttpClient } from '../../renderer/api/http-client'
import { createIpcClient } from '../../renderer/api/ipc-client'
import { type BriefdeckApi, IPC_EVENT, IPC_INVOKE } from '../../renderer/core/api/contract'
import { recordingPrinter } from '../helpers/recording-printer'

/** One way the UI reaches the workspace, started on a folder of decks. */
export interface Transport {
  api: BriefdeckApi
  /** Sends a request the typed client would never send, as a hostile page could. */
  raw(channel: string, request: unknown): Promise<unknown>
  close(): Promise<void>
}

/**
 * Browser mode as the page uses it: a real server on 127.0.0.1 and the app's own HTTP client, with
 * Node's fetch and the `ws` WebSocket standing in for the browser's (sending the page's Origin).
 */
export async function httpTransport(folder: string, scratch: string): Promise<Transport> {
  const server = await startServer({ folder, port: 0, host: '127.0.0.1', printer: recordingPrinter(), recoveryDir: join(scratch, 'recovery'), stateDir: join(scratch, 'state') })
  const origin = `http://127.0.0.1:${server.port}`
  class BrowserLikeSocket extends WebSocket {
    constructor(url: string, protocols: string[]) {
      super(url, protocols, { headers: { Origin: origin } })
    }
  }
  const client = createHttpClient({ token: server.token, base: origin, WebSocket: BrowserLikeSocket as unknown as new (url: string, protocols: string[]) => globalThis.WebSocket })
  return {
    api: client,
    async raw(channel, request) {
      const response = await fetch(`${origin}/api/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Briefdeck-Token': server.token }, body: JSON.stringify(request) })
      return response.json()
    },
    async close() {
      client.close()
      await server.close()
    },
  }
}

/**
 * The desktop app's path without Electron: the real preload bridge over a loopback ipcRenderer into
 * the real main-process invoke handler (sender check, validation, Reply), and the workspace's events
 * sent back on the IPC event channel as main broadcasts them.
 */
export async function ipcTransport(folder: string, scratch: string): Promise<Transport> {
  mkdirSync(scratch, { recursive: true })
  const workspace: Workspace = createWorkspace({
    folder, printer: recordingPrinter(), fileUrl: (p) => `briefdeck://files/${p}`, recoveryDir: join(scratch, 'recovery'), stateDir: join(scratch, 'state'),
    exportTarget: async (name) => ({ file: join(scratch, `${name}.pdf`), location: join(scratch, `${name}.pdf`) }),
  })
  const invoke = createInvokeHandler(() => workspace.handlers)
  const ownPage = { senderFrame: { url: 'briefdeck://app/index.html' } } as Parameters<typeof invoke>[0]
  const listeners = new Set<(event: unknown, name: string, payload: unknown) => void>()
  const stop = workspace.subscribe((event, payload) => {
    for (const listener of listeners) listener({}, event, payload)
  })
  const loopback = {
    invoke: (wire: string, channel: unknown, request: unknown) => {
      if (wire !== IPC_INVOKE) throw new Error(`unexpected wire channel ${wire}`)
      return invoke(ownPage, channel, request)
    },
    on: (wire: string, listener: (event: unknown, name: string, payload: unknown) => void) => {
      if (wire === IPC_EVENT) listeners.add(listener)
      return loopback
    },
    removeListener: (_wire: string, listener: (event: unknown, name: string, payload: unknown) => void) => {
      listeners.delete(listener)
      return loopback
    },
  }
  const bridge = createPreloadBridge(loopback as unknown as Parameters<typeof createPreloadBridge>[0])
  return {
    api: createIpcClient(bridge as Parameters<typeof createIpcClient>[0]),
    raw: (channel, request) => invoke(ownPage, channel, request),
    async close() {
      stop()
      await workspace.close()
    },
  }
}
