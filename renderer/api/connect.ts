import type { BriefdeckApi } from '../core/api/contract'
import { createHttpClient } from './http-client'
import { type PreloadBridge, createIpcClient } from './ipc-client'

const TOKEN_KEY = 'briefdeck.token'

/**
 * The API for this window: Electron's preload bridge when present, else browser mode's HTTP. In
 * browser mode the token arrives once in the address (`?token=`), is kept in this origin's
 * localStorage (no other port or site can read it), and leaves the address bar and history.
 */
export function connectApi(): BriefdeckApi {
  const bridge = (window as unknown as { briefdeck?: PreloadBridge }).briefdeck
  if (bridge) return createIpcClient(bridge)
  const given = new URLSearchParams(location.search).get('token')
  if (given) {
    localStorage.setItem(TOKEN_KEY, given)
    history.replaceState(null, '', `${location.pathname}${location.hash}`)
  }
  return createHttpClient({ token: localStorage.getItem(TOKEN_KEY) ?? '' })
}
