import type { DeckSnapshot } from '../../core/api/contract'
import type { Severity } from '../../core/deck/deck'
import { type MeasuredSlide, overflowMessage } from '../../core/deck/overflow'

/** One entry of the Problems panel. */
export interface LintFinding {
  line: number
  message: string
  severity: Severity
}

/**
 * Everything the Problems panel lists, in source order: the compiler's diagnostics, slides without
 * speaker notes, and the slides measured as overflowing (in the words build and export use).
 */
export function lintFindings(snapshot: Pick<DeckSnapshot, 'diagnostics' | 'slides'>, overflowing: readonly MeasuredSlide[]): LintFinding[] {
  const slides = snapshot.slides
  return [
    ...snapshot.diagnostics.map((d): LintFinding => ({ line: d.line, message: d.message, severity: d.severity })),
    ...slides.filter((s) => s.notesHtml === '').map((s): LintFinding => ({ line: s.startLine, message: `slide ${s.index + 1} has no speaker notes`, severity: 'info' })),
    ...overflowing.flatMap((fit) => (slides[fit.index] ? [{ slide: slides[fit.index], fit }] : []))
      .map(({ slide, fit }): LintFinding => ({ line: slide.startLine, message: overflowMessage(slide, fit), severity: 'warning' })),
  ].sort((a, b) => a.line - b.line)
}
