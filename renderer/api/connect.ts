import type { BriefdeckApi } from '../core/api/contract'
import { createHttpClient } from './http-client'
import { type PreloadBridge, createIpcClient } from './ipc-client'

/** The API for this window: Electron's preload bridge when present, else browser mode's HTTP. */
export function connectApi(): BriefdeckApi {
  const bridge = (window as unknown as { briefdeck?: PreloadBridge }).briefdeck
  if (bridge) return createIpcClient(bridge)
  const token = document.querySelector<HTMLMetaElement>('meta[name="bd-token"]')?.content ?? ''
  return createHttpClient({ token })
}
