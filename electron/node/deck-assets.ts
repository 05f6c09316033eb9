import { readFileSync, realpathSync, statSync } from 'node:fs'
import { extname, join, relative, sep } from 'node:path'
import type { AssetResolution, ResolveAsset } from '../../renderer/core/html/asset-url'

const MIME: Record<string, string> = {
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
  '.svg': 'image/svg+xml', '.webp': 'image/webp', '.avif': 'image/avif', '.bmp': 'image/bmp',
  '.ico': 'image/x-icon', '.mp4': 'video/mp4', '.webm': 'video/webm', '.ogv': 'video/ogg',
  '.ogg': 'audio/ogg', '.mp3': 'audio/mpeg', '.wav': 'audio/wav', '.m4a': 'audio/mp4',
  '.mov': 'video/quicktime', '.m4v': 'video/mp4', '.woff2': 'font/woff2', '.woff': 'font/woff',
  '.ttf': 'font/ttf', '.otf': 'font/otf',
}

/** The MIME type Briefdeck serves or inlines a file as, by extension. */
export function mimeTypeOf(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Finds a deck-relative path on disk, refusing anything that leaves the deck folder once symlinks
 * are followed (a link inside the folder may not point at ~/.ssh).
 */
export function locateDeckAsset(deckDir: string, deckPath: string): { ok: true; file: string } | { ok: false; reason: 'missing' | 'outside' } {
  let root: string
  let file: string
  try {
    root = realpathSync(deckDir)
    file = realpathSync(join(root, ...deckPath.split('/')))
  } catch {
    return { ok: false, reason: 'missing' }
  }
  const within = relative(root, file)
  if (within === '' || within.startsWith(`..${sep}`) || within === '..' || join(root, within) !== file) {
    return { ok: false, reason: 'outside' }
  }
  try {
    if (!statSync(file).isFile()) return { ok: false, reason: 'missing' }
  } catch {
    return { ok: false, reason: 'missing' }
  }
  return { ok: true, file }
}

/** An asset port that embeds each local file as a `data:` URL, for self-contained HTML and PDF. */
export function inlineAssetResolver(deckDir: string): ResolveAsset {
  const cache = new Map<string, AssetResolution>()
  return (deckPath) => {
    const known = cache.get(deckPath)
    if (known) return known
    const found = locateDeckAsset(deckDir, deckPath)
    const resolution: AssetResolution = found.ok
      ? { ok: true, url: `data:${mimeTypeOf(found.file)};base64,${readFileSync(found.file).toString('base64')}` }
      : found
    cache.set(deckPath, resolution)
    return resolution
  }
}
