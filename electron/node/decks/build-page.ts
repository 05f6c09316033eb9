import type { Diagnostic } from '../../../renderer/core/deck/deck'
import { renderDeck } from '../../../renderer/core/html/render-deck'
import { composeDeckStyles } from './deck-styles'
import type { LoadedDeck } from './load-decks'
import { revealRuntime } from './reveal-runtime'

/** A deck as one self-contained reveal.js page, with the diagnostics of its styles. */
export function buildDeckPage(loaded: LoadedDeck): { html: string; diagnostics: Diagnostic[] } {
  const { styles, hasCode, diagnostics } = composeDeckStyles({ decks: [loaded.deck] })
  return { html: renderDeck(loaded.deck, revealRuntime(styles, hasCode)), diagnostics }
}
