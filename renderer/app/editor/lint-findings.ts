import type { DeckSnapshot } from '../../core/api/contract'
import type { Severity } from '../../core/deck/deck'

/** One entry of the Problems panel. */
export interface LintFinding {
  line: number
  message: string
  severity: Severity
}

/**
 * Everything the Problems panel lists, in source order: the compiler's diagnostics, slides without
 * speaker notes, and the slides (by index) measured as overflowing.
 */
export function lintFindings(snapshot: Pick<DeckSnapshot, 'diagnostics' | 'slides'>, overflowing: readonly number[]): LintFinding[] {
  const slides = snapshot.slides
  return [
    ...snapshot.diagnostics.map((d): LintFinding => ({ line: d.line, message: d.message, severity: d.severity })),
    ...slides.filter((s) => s.notesHtml === '').map((s): LintFinding => ({ line: s.startLine, message: `slide ${s.index + 1} has no speaker notes`, severity: 'info' })),
    ...overflowing.flatMap((i) => (slides[i] ? [slides[i]] : []))
      .map((s): LintFinding => ({ line: s.startLine, message: `slide ${s.index + 1} is taller than the slide: its content overflows`, severity: 'warning' })),
  ].sort((a, b) => a.line - b.line)
}
