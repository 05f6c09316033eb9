import { type BriefdeckApi, type Channel, type EventName, type Events, HTTP_WIRE, type Reply, type Request, type Result } from '../core/api/contract'
import { BriefdeckError } from '../core/errors'

/** What the HTTP client needs from its environment: the browser's own, or stand-ins in Node. */
export interface HttpClientOptions {
  token: string
  /** The server's origin, `http://127.0.0.1:PORT`. */
  base?: string
  fetch?: typeof fetch
  WebSocket?: new (url: string, protocols: string[]) => WebSocket
}


/**
 * The API over HTTP + WebSocket (browser mode). Requests are POSTs carrying the session token in a
 * header; events arrive on one WebSocket (the token offered as a subprotocol) that reconnects by
 * itself if the server restarts.
 */
export function createHttpClient(options: HttpClientOptions): BriefdeckApi & { close(): void } {
  const { token, base = location.origin, fetch: send = fetch.bind(globalThis), WebSocket: Socket = WebSocket } = options
  const listeners = new Map<EventName, Set<(payload: never) => void>>()
  let socket: WebSocket | undefined
  let retry = 250
  let closed = false

  const connect = (): void => {
    // A page cannot set headers on a WebSocket: the token goes as a subprotocol.
    socket = new Socket(`${base.replace(/^http/, 'ws')}${HTTP_WIRE.eventsPath}`, [HTTP_WIRE.eventsProtocol, `${HTTP_WIRE.tokenProtocolPrefix}${token}`])
    socket.onmessage = (message) => {
      const { event, payload } = JSON.parse(String(message.data)) as { event: EventName; payload: never }
      for (const listener of listeners.get(event) ?? []) listener(payload)
    }
    socket.onopen = () => {
      retry = 250
    }
    socket.onclose = () => {
      if (closed) return
      setTimeout(connect, retry)
      retry = Math.min(retry * 2, 5000)
    }
  }
  connect()

  return {
    async invoke<C extends Channel>(channel: C, request: Request<C>): Promise<Result<C>> {
      const response = await send(`${base}/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [HTTP_WIRE.tokenHeader]: token },
        body: JSON.stringify(request),
      })
      const reply = (await response.json().catch(() => null)) as Reply<Result<C>> | null
      if (reply === null) throw new BriefdeckError('E_FORBIDDEN', `${channel}: HTTP ${response.status}`)
      if (!reply.ok) throw new BriefdeckError(reply.error.code, reply.error.message)
      return reply.value
    },
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void) {
      const set = listeners.get(event) ?? new Set()
      set.add(listener as (payload: never) => void)
      listeners.set(event, set)
      return () => set.delete(listener as (payload: never) => void)
    },
    close() {
      closed = true
      socket?.close()
    },
  }
}
