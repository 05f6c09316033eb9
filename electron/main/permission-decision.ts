import type { Session } from 'electron'
import { isTrustedSender } from './protocol-path'

/**
 * Whether a page gets a permission it asks for. Only the Fullscreen API (reveal.js's F key), and only
 * for the app's own pages: Electron routes `requestFullscreen()` through the permission handler, and
 * refusing it leaves the request unanswered. Decks ask for nothing else (camera, microphone,
 * notifications, geolocation… are refused), and a frame from anywhere else gets nothing.
 */
export function permissionDecision(permission: string, requestingUrl: string | undefined): boolean {
  return permission === 'fullscreen' && isTrustedSender(requestingUrl)
}

/** Puts `permissionDecision` in charge of a session's permission requests and checks. */
export function applyPermissionPolicy(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => callback(permissionDecision(permission, details.requestingUrl || contents.getURL())))
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => permissionDecision(permission, details.requestingUrl || requestingOrigin))
}
