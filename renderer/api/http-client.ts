import type { BriefdeckApi, Channel, EventName, Events, Reply, Request, Result } from '../core/api/contract'
import { BriefdeckError } from '../core/errors'

/**
 * The API over HTTP + WebSocket (browser mode). Requests are POSTs carrying the session token in a
 * header; events arrive on one WebSocket that reconnects by itself if the server restarts.
 */
export function createHttpClient(token: string, base = location.origin): BriefdeckApi {
  const listeners = new Map<EventName, Set<(payload: never) => void>>()
  let socket: WebSocket | undefined
  let retry = 250

  const connect = (): void => {
    socket = new WebSocket(`${base.replace(/^http/, 'ws')}/api/events`)
    socket.onmessage = (message) => {
      const { event, payload } = JSON.parse(String(message.data)) as { event: EventName; payload: never }
      for (const listener of listeners.get(event) ?? []) listener(payload)
    }
    socket.onopen = () => {
      retry = 250
    }
    socket.onclose = () => {
      setTimeout(connect, retry)
      retry = Math.min(retry * 2, 5000)
    }
  }
  connect()

  return {
    async invoke<C extends Channel>(channel: C, request: Request<C>): Promise<Result<C>> {
      const response = await fetch(`${base}/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Briefdeck-Token': token },
        body: JSON.stringify(request),
      })
      if (!response.ok) throw new BriefdeckError('E_FORBIDDEN', `${channel}: HTTP ${response.status}`)
      const reply = (await response.json()) as Reply<Result<C>>
      if (!reply.ok) throw new BriefdeckError(reply.error.code, reply.error.message)
      return reply.value
    },
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void) {
      const set = listeners.get(event) ?? new Set()
      set.add(listener as (payload: never) => void)
      listeners.set(event, set)
      return () => set.delete(listener as (payload: never) => void)
    },
  }
}
