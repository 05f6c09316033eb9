import type { Diagnostic, Slide } from '../deck/deck'
import type { Source } from './sources'

/**
 * An info for each declared source that no slide cites: a source declared for nothing is either a
 * citation forgotten or a declaration to drop. Infos never fail a command, not even with --strict.
 */
export function unusedSources(declared: readonly Source[], slides: readonly Slide[], place: { file: string; line: number }): Diagnostic[] {
  const cited = new Set(slides.flatMap((slide) => slide.citations.map((c) => c.id)))
  return declared.filter((source) => !cited.has(source.id)).map((source) => ({
    code: 'W_UNUSED_SOURCE', severity: 'info', file: place.file, line: place.line,
    message: `source \`${source.id}\` is declared but no slide cites it (cite it as [@${source.id}])`,
  }))
}
