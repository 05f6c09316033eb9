import { stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Diagnostic } from '../../../renderer/core/deck/deck'
import { toBriefdeckError } from '../../../renderer/core/errors'
import { type SourceIndex, checkFigures, indexSource } from '../../../renderer/core/sources/figure-check'
import type { LoadedDeck } from '../decks/load-decks'
import { confine } from '../files/confine-path'
import { loadSourceText } from './load-source-text'

/**
 * Source copies already read, by real path, modification time and size: a briefing's decks citing one
 * article read it once, and a server that keeps the cache reads a changed file again.
 */
export type SourceCache = Map<string, Promise<SourceIndex | string>>
/** A kept cache holds at most this many copies (a server runs for days; a briefing cites a handful of files). */
const MAX_CACHED = 32

/**
 * The figure check for loaded decks (`check`, and warnings in `build` and `export`): each cited
 * source's local `file:` is read (confined to the deck's folder, symlinks followed) and indexed
 * once, and every slide citing it is checked against it. A file that cannot be read is a warning
 * at the deck's `sources:` line, and its figures go unchecked.
 */
export async function checkDeckSources(decks: readonly LoadedDeck[], cache: SourceCache = new Map()): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = []
  for (const loaded of decks) {
    const { deck } = loaded
    const cited = new Set(deck.slides.flatMap((slide) => slide.citations.map((c) => c.id)))
    const indexes = new Map<string, SourceIndex>()
    for (const source of deck.sources) {
      if (!source.file || !cited.has(source.id)) continue
      const index = await indexOf(dirname(loaded.file), source.file, cache)
      if (typeof index !== 'string') {
        indexes.set(source.id, index)
        continue
      }
      // Said where the source is first cited: the declaration may be the folder's, in briefing.yml.
      const slide = deck.slides.find((s) => s.citations.some((c) => c.id === source.id))
      const at = slide ? slide.markdown.split('\n').findIndex((text) => text.includes(`@${source.id}`)) : -1
      const line = slide ? slide.startLine + Math.max(0, at) : 1
      diagnostics.push({ code: 'W_SOURCE_FILE', severity: 'warning', file: deck.file, line, message: `source \`${source.id}\`: its file ${source.file} ${index}; figures citing it are not checked` })
    }
    if (indexes.size > 0) diagnostics.push(...checkFigures(deck, indexes))
  }
  return diagnostics
}

/** A source's index, or why its file cannot be read. */
async function indexOf(folder: string, file: string, cache: SourceCache): Promise<SourceIndex | string> {
  const found = await confine(folder, file.replace(/\\/g, '/'))
  if (!found.ok) return found.reason === 'missing' ? 'is not there (it is read beside the deck)' : 'leads outside the deck\'s folder and is not read'
  const info = await stat(found.file).catch(() => null)
  const key = `${found.file}\u0000${info?.mtimeMs}\u0000${info?.size}`
  let index = cache.get(key)
  if (!index) {
    if (cache.size >= MAX_CACHED) cache.clear()
    index = loadSourceText(found.file).then((text) => indexSource(text, file), (error: unknown) => toBriefdeckError(error).message)
    cache.set(key, index)
  }
  return index
}
