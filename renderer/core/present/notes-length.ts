import type { Deck, Diagnostic } from '../deck/deck'
import { WORDS_PER_MINUTE } from '../deck/talk-length'
import { formatDuration, slideBudgets } from './pacing'
import { notesSeconds } from './rehearsal'

/** Notes may run this much over a slide's budget before it warns: briefers skip a sentence or two. */
const SLACK_SECONDS = 5

/**
 * A warning for each slide whose notes cannot be said in its time budget at WORDS_PER_MINUTE (the
 * budget is the slide's `data-timing`, or the deck's `duration` shared out). No plan, no warning.
 */
export function checkNotesLength(deck: Deck): Diagnostic[] {
  const budgets = slideBudgets(deck.slides, deck.meta.duration)
  if (budgets === null) return []
  return deck.slides.flatMap((slide, i) => {
    const needed = notesSeconds(slide.notes)
    if (needed <= budgets[i] + SLACK_SECONDS) return []
    return [{
      code: 'W_NOTES_TOO_LONG' as const, severity: 'warning' as const, file: deck.file, line: slide.startLine,
      message: `slide ${i + 1}'s notes take ${formatDuration(needed)} to say at ${WORDS_PER_MINUTE} words a minute; its budget is ${formatDuration(budgets[i])}`,
    }]
  })
}
