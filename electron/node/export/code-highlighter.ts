import type { Deck } from '../../../renderer/core/deck/deck'
import { MAX_AUTO_HIGHLIGHT } from '../../../renderer/core/markdown/code-line-numbers'
import type { HighlightCode } from '../../../renderer/core/print/print-slide'

/** Highlights code at export time (no plugin runs in print); highlight.js loads only when there is code. */
export async function codeHighlighter(decks: readonly Deck[]): Promise<HighlightCode | undefined> {
  if (!decks.some((deck) => deck.slides.some((slide) => slide.hasCodeBlock))) return undefined
  const { default: hljs } = await import('highlight.js')
  return (code, language) => {
    try {
      if (language && hljs.getLanguage(language)) return hljs.highlight(code, { language, ignoreIllegals: true }).value
      // Guessing the language of a long block takes seconds; such blocks print plain.
      return code.length > MAX_AUTO_HIGHLIGHT ? null : hljs.highlightAuto(code).value
    } catch {
      return null
    }
  }
}
