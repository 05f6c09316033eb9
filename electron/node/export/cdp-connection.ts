import type { Readable, Writable } from 'node:stream'

/** A DevTools protocol event: its method, parameters, and the page session it came from. */
export interface CdpEvent {
  method: string
  params: Record<string, unknown>
  sessionId?: string
}

/** What the browser answered when a command failed, or why no answer can come. */
export class CdpError extends Error {
  constructor(message: string, readonly closed = false) {
    super(message)
  }
}

/** The browser end of `--remote-debugging-pipe`: commands, their answers, and events. */
export interface CdpConnection {
  /** Sends a command (to a page when `sessionId` is given) and resolves with its result. */
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<T>
  /** Listens to every event; returns the way to stop. */
  on(listener: (event: CdpEvent) => void): () => void
  /** Rejects every command waiting for an answer, and any later one, with `reason`. */
  close(reason: string): void
}

/**
 * The DevTools protocol over Chromium's debugging pipe (1. we write a JSON command ending in NUL to
 * its fd 3; 2. it writes answers, each with the command's id, and events, each with a method, ending
 * in NUL to its fd 4; 3. page commands and events carry the session id of `Target.attachToTarget`
 * with `flatten: true`). A pipe, not a port: no other process on the machine can drive the browser.
 */
export function createCdpConnection(toBrowser: Writable, fromBrowser: Readable): CdpConnection {
  let nextId = 0
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void; method: string }>()
  const listeners = new Set<(event: CdpEvent) => void>()
  let closedReason: string | undefined
  let pending: Buffer[] = []

  const dispatch = (text: string): void => {
    const message = JSON.parse(text) as { id?: number; result?: unknown; error?: { message: string }; method?: string; params?: Record<string, unknown>; sessionId?: string }
    if (message.id !== undefined) {
      const call = waiting.get(message.id)
      if (!call) return
      waiting.delete(message.id)
      if (message.error) call.reject(new CdpError(`${call.method}: ${message.error.message}`))
      else call.resolve(message.result)
    } else if (message.method) {
      const event: CdpEvent = { method: message.method, params: message.params ?? {}, sessionId: message.sessionId }
      for (const listener of listeners) listener(event)
    }
  }

  fromBrowser.on('data', (chunk: Buffer) => {
    let start = 0
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      pending.push(chunk.subarray(start, end))
      const text = Buffer.concat(pending).toString('utf8')
      pending = []
      start = end + 1
      dispatch(text)
    }
    if (start < chunk.length) pending.push(chunk.subarray(start))
  })
  // A browser that exits closes its end of the pipe; EPIPE on writing comes the same way.
  fromBrowser.on('error', () => {})
  toBrowser.on('error', () => {})

  const connection: CdpConnection = {
    send(method, params = {}, sessionId) {
      if (closedReason !== undefined) return Promise.reject(new CdpError(closedReason, true))
      const id = ++nextId
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (value: unknown) => void, reject, method })
        toBrowser.write(`${JSON.stringify(sessionId ? { id, method, params, sessionId } : { id, method, params })}\0`)
      })
    },
    on(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close(reason) {
      if (closedReason !== undefined) return
      closedReason = reason
      for (const call of waiting.values()) call.reject(new CdpError(reason, true))
      waiting.clear()
    },
  }
  fromBrowser.on('close', () => connection.close('the browser closed its connection'))
  return connection
}
