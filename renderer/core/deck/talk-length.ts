import type { Deck } from './deck'

/** How fast people say speaker notes aloud, in words a minute: the pace a briefing is planned at. */
export const WORDS_PER_MINUTE = 130

/** Talk length in minutes when a deck sets no `duration`: half a minute a slide, or the time to say its notes. */
export function estimateMinutes(deck: Deck): number {
  return Math.max(1, Math.round(deck.slides.reduce((sum, s) => sum + Math.max(0.5, s.notes.split(/\s+/).filter(Boolean).length / WORDS_PER_MINUTE), 0)))
}
