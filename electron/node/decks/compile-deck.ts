import { dirname } from 'node:path'
import type { Deck, Diagnostic } from '../../../renderer/core/deck/deck'
import { parseDeck } from '../../../renderer/core/deck/parse-deck'
import { renderDeck } from '../../../renderer/core/html/render-deck'
import { inlineAssetResolver } from './deck-assets'
import { loadDeckFile } from '../files/load-deck-file'
import { loadDeckRuntime } from './runtime-assets'

/** A deck compiled to a self-contained page, with every diagnostic found on the way. */
export interface CompiledDeck {
  deck: Deck
  diagnostics: Diagnostic[]
  html: string
}

/** Compiles deck text into a self-contained reveal.js page; images are inlined from `deckDir`. */
export function compileDeckSource(text: string, file: string, deckDir: string): CompiledDeck {
  const { deck, diagnostics } = parseDeck(text, { file, resolveAsset: inlineAssetResolver(deckDir) })
  const { runtime, diagnostics: runtimeDiagnostics } = loadDeckRuntime(deck)
  return { deck, diagnostics: [...diagnostics, ...runtimeDiagnostics], html: renderDeck(deck, runtime) }
}

/** Reads and compiles a deck file; file problems throw, Markdown problems are diagnostics. */
export async function compileDeckFile(path: string): Promise<CompiledDeck> {
  return compileDeckSource(await loadDeckFile(path), path, dirname(path))
}
