/** The custom scheme the desktop app loads everything from, instead of file://. */
export const APP_SCHEME = 'briefdeck'

/** What a briefdeck:// URL points at: the app's own files, or a file of the open folder. */
export type ProtocolTarget = { root: 'app' | 'files'; path: string } | null

/**
 * Reads a `briefdeck://app/...` or `briefdeck://files/...` URL into a root and a relative path,
 * refusing anything that could leave that root (`..`, absolute paths, NUL, backslashes). The caller
 * still checks the real path, which settles symlinks.
 */
export function toProtocolTarget(raw: string): ProtocolTarget {
  // The URL parser would quietly resolve `..` against the root; a URL that tries to climb is refused.
  if (/(^|\/)(\.|%2e){2}(\/|%2f|%5c|$)/i.test(raw)) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || (url.host !== 'app' && url.host !== 'files')) return null
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  path = path.replace(/^\/+/, '')
  // The page links its files as /app/… (the server's layout); here the app root is that folder.
  if (url.host === 'app') path = path.replace(/^app\//, '')
  if (path === '' && url.host === 'app') path = 'index.html'
  if (path === '' || path.includes('\0') || path.includes('\\') || /^[a-zA-Z]:/.test(path)) return null
  if (path.split('/').some((part) => part === '..' || part === '.')) return null
  return { root: url.host as 'app' | 'files', path }
}

/** The app's own origin: only pages from here may use the IPC bridge. */
export const APP_ORIGIN = `${APP_SCHEME}://app`

/** Whether an IPC message comes from one of our own pages (not a frame or page from elsewhere). */
export function isTrustedSender(frameUrl: string | undefined): boolean {
  if (!frameUrl) return false
  try {
    const url = new URL(frameUrl)
    return url.protocol === `${APP_SCHEME}:` && url.host === 'app'
  } catch {
    return false
  }
}
