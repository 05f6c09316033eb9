import type { BriefdeckApi, Channel, EventName, Events, Reply, Request, Result } from '../core/api/contract'
import { BriefdeckError } from '../core/errors'

/** What the desktop app's preload exposes as `window.briefdeck` (see electron/preload). */
export interface PreloadBridge {
  invoke(channel: string, request: unknown): Promise<Reply<unknown>>
  on(event: string, listener: (payload: unknown) => void): () => void
}

/** The API over Electron IPC, through the preload's one bridge object. */
export function createIpcClient(bridge: PreloadBridge): BriefdeckApi {
  return {
    async invoke<C extends Channel>(channel: C, request: Request<C>): Promise<Result<C>> {
      const reply = (await bridge.invoke(channel, request)) as Reply<Result<C>>
      if (!reply.ok) throw new BriefdeckError(reply.error.code, reply.error.message)
      return reply.value
    },
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void) {
      return bridge.on(event, listener as (payload: unknown) => void)
    },
  }
}
