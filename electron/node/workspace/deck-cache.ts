import { stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Variant } from '../../../renderer/core/brief/variant'
import type { DeckSnapshot, DeckSummary } from '../../../renderer/core/api/contract'
import { composeDeckStyles } from '../decks/deck-styles'
import { compileDeck } from '../decks/load-decks'
import { type SlideMemo, createSlideMemo } from '../../../renderer/core/deck/parse-deck'
import { loadDeckFile } from '../files/load-deck-file'
import type { DeckFolder } from './deck-folder'
import { toSnapshot, toSummary } from './deck-snapshot'

/** A deck compiled for the UI. */
export interface CompiledDeck {
  snapshot: DeckSnapshot
  summary: DeckSummary
}

export interface DeckCache {
  /** The deck at `path` compiled, from the cache while the file is unchanged (same mtime and size). */
  compile(path: string): Promise<CompiledDeck>
  /** Unsaved text compiled as the deck at `path` would compile (images resolve from its folder). */
  compileText(path: string, text: string): Promise<CompiledDeck>
  forget(path: string): void
  /** Forgets every deck, and answers what was kept, by path: a change beside the decks may change any of them. */
  clear(): Map<string, DeckSnapshot>
}

/** Compiles a folder's decks for the UI with the one loader and style composer, remembering each. */
export function createDeckCache(folder: DeckFolder, fileUrl: (relativePath: string) => string, variant?: Variant): DeckCache {
  const cache = new Map<string, { key: string; compiled: CompiledDeck }>()
  /**
   * Each deck's slides as last rendered, for its next compile: an edit on disk renders the slides it
   * changed, not the deck (500 slides: a few milliseconds, not a tenth of a second). Kept while the
   * folder's briefing.yml is unchanged; dropped with the deck's entry, and when any image changes.
   */
  const memos = new Map<string, { settings: string; memo: SlideMemo }>()
  const memoOf = (path: string, settings: string): SlideMemo => {
    let kept = memos.get(path)
    if (kept?.settings !== settings) {
      kept = { settings, memo: createSlideMemo() }
      memos.set(path, kept)
    }
    return kept.memo
  }
  const compileAt = async (path: string, file: string, text: string, memo?: SlideMemo): Promise<CompiledDeck> => {
    const loaded = await compileDeck(text, file, path, { root: await folder.root(), url: fileUrl }, { variant }, memo)
    const styles = composeDeckStyles({ decks: [loaded.deck] })
    const snapshot = toSnapshot(path, text, loaded.deck, styles.styles, [...loaded.diagnostics, ...styles.diagnostics])
    return { snapshot, summary: toSummary(loaded.deck, snapshot) }
  }
  return {
    async compile(path) {
      const file = await folder.resolve(path)
      const info = await stat(file)
      // The folder's briefing.yml (markings, the scheme) is part of every deck's compile.
      const settings = await stat(join(dirname(file), 'briefing.yml')).catch(() => null)
      const settingsKey = `${settings?.mtimeMs ?? 0}:${settings?.size ?? 0}`
      const key = `${info.mtimeMs}:${info.size}:${settingsKey}`
      const known = cache.get(path)
      if (known && known.key === key) return known.compiled
      const text = await loadDeckFile(file)
      const compiled = await compileAt(path, file, text, memoOf(path, settingsKey))
      if (text.trim() === '') {
        // An editor that truncates, then writes, leaves the file empty for a moment: to the views that
        // is a broken version, so the room keeps the last good one until the text arrives.
        compiled.snapshot.diagnostics.push({ code: 'E_EMPTY', severity: 'error', file: path, line: 1, message: 'the deck file is empty (if it is being saved, the next version follows)' })
      }
      cache.set(path, { key, compiled })
      return compiled
    },
    async compileText(path, text) {
      return compileAt(path, await folder.resolveNew(path), text)
    },
    forget: (path) => {
      cache.delete(path)
      memos.delete(path)
    },
    clear: () => {
      const kept = new Map([...cache].map(([path, entry]) => [path, entry.compiled.snapshot]))
      cache.clear()
      memos.clear()
      return kept
    },
  }
}
