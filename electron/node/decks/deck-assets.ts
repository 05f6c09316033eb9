import { readFileSync, statSync } from 'node:fs'
import { extname } from 'node:path'
import type { AssetResolution, ResolveAsset } from '../../../renderer/core/html/asset-url'
import { type Confined, confineSync } from '../files/confine-path'

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
export function locateDeckAsset(deckDir: string, deckPath: string): Confined {
  const found = confineSync(deckDir, deckPath)
  if (!found.ok) return found
  try {
    return statSync(found.file).isFile() ? found : { ok: false, reason: 'missing' }
  } catch {
    return { ok: false, reason: 'missing' }
  }
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
