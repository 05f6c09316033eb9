import { readFileSync, statSync } from 'node:fs'
import type { AssetResolution, ResolveAsset } from '../../../renderer/core/html/asset-url'
import { type Confined, confineSync } from '../files/confine-path'
import { bareMimeTypeOf } from '../files/mime'

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
      ? { ok: true, url: `data:${bareMimeTypeOf(found.file)};base64,${readFileSync(found.file).toString('base64')}` }
      : found
    cache.set(deckPath, resolution)
    return resolution
  }
}
