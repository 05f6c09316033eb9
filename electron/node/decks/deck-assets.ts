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

/**
 * How much a page may embed, in characters of `data:` URLs. One JavaScript string holds at most
 * about 512 M characters: thirty slides showing one 20 MB image would pass that and crash the build.
 */
export const MAX_INLINE_CHARACTERS = 160 * 1024 * 1024

/** What is left of a page's embedding budget; a book's decks share one. */
export interface InlineBudget {
  remaining: number
}

/**
 * An asset port that embeds each local file as a `data:` URL, for self-contained HTML and PDF. Every
 * use counts against the budget (each is a copy in the page); past it, the image is `too-large`.
 */
export function inlineAssetResolver(deckDir: string, budget: InlineBudget = { remaining: MAX_INLINE_CHARACTERS }): ResolveAsset {
  const cache = new Map<string, AssetResolution>()
  return (deckPath) => {
    let resolution = cache.get(deckPath)
    if (resolution === undefined) {
      const found = locateDeckAsset(deckDir, deckPath)
      const size = found.ok ? statSync(found.file).size : 0
      resolution = !found.ok ? found
        : size * 1.34 > budget.remaining ? { ok: false, reason: 'too-large' }
        : { ok: true, url: `data:${bareMimeTypeOf(found.file)};base64,${readFileSync(found.file).toString('base64')}` }
      cache.set(deckPath, resolution)
    }
    if (!resolution.ok) return resolution
    if (resolution.url.length > budget.remaining) return { ok: false, reason: 'too-large' }
    budget.remaining -= resolution.url.length
    return resolution
  }
}
