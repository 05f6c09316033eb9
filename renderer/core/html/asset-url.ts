/**
 * What a deck-relative asset resolved to, given by the host (CLI, server, app): a URL, or why not
 * (`too-large`: embedding it would pass what one page can hold).
 */
export type AssetResolution = { ok: true; url: string } | { ok: false; reason: 'missing' | 'outside' | 'too-large' }

/**
 * The host's port for local assets: gets a path relative to the deck's folder, already confined by
 * `toDeckPath` (no `..` above the folder, no absolute paths), and returns the URL to put in the HTML.
 */
export type ResolveAsset = (deckPath: string) => AssetResolution

/** How a URL found in deck HTML is to be treated. */
export type UrlVerdict =
  | { kind: 'keep'; url: string }
  | { kind: 'local'; path: string }
  | { kind: 'remote'; url: string }
  | { kind: 'outside'; url: string }
  | { kind: 'unsafe'; url: string }

const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])
const MEDIA_DATA = /^data:(image|video|audio|font)\/[a-z0-9.+-]+[;,]/i

/**
 * Classifies a URL as a link target (`a href`) or a fetched resource (`img src`, backgrounds,
 * CSS `url()`): resources may only be local files inside the deck folder or media `data:` URLs,
 * because a deck must work offline and must not read outside its folder.
 */
export function classifyUrl(raw: string, use: 'link' | 'resource'): UrlVerdict {
  const url = raw.trim()
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
  const probe = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase()
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(probe)?.[1]
  if (use === 'link') {
    if (scheme === undefined) return { kind: 'keep', url }
    return LINK_SCHEMES.has(scheme) ? { kind: 'keep', url } : { kind: 'unsafe', url }
  }
  if (scheme === 'data') return MEDIA_DATA.test(probe) ? { kind: 'keep', url } : { kind: 'unsafe', url }
  if (scheme === 'http' || scheme === 'https' || probe.startsWith('//')) return { kind: 'remote', url }
  if (scheme !== undefined && !/^[a-z]$/.test(scheme)) return { kind: 'unsafe', url }
  if (url === '' || url.startsWith('#')) return { kind: 'keep', url }
  const path = toDeckPath(url)
  return path === null ? { kind: 'outside', url } : { kind: 'local', path }
}

/**
 * Turns a relative URL into a normalised path inside the deck folder (`img/a.png`), or null when it
 * is absolute (`/etc/x`, `C:\x`, `\\host`) or climbs above the folder (`../x`).
 */
export function toDeckPath(url: string): string | null {
  let path = url.replace(/[?#].*$/, '')
  try {
    path = decodeURIComponent(path)
  } catch {
    return null
  }
  if (path.includes('\0') || /^([a-z]:|[\\/])/i.test(path)) return null
  const parts: string[] = []
  for (const part of path.split(/[\\/]+/)) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (parts.length === 0) return null
      parts.pop()
    } else parts.push(part)
  }
  return parts.length === 0 ? null : parts.join('/')
}
