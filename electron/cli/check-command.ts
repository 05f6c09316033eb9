import { dirname, resolve } from 'node:path'
import { stat } from 'node:fs/promises'
import { type Deck, type Diagnostic, formatDiagnostic } from '../../renderer/core/deck/deck'
import { BriefdeckError } from '../../renderer/core/errors'
import { loadBriefing } from '../node/decks/load-decks'
import { checkDeckSources } from '../node/sources/check-sources'

export interface CheckOptions {
  input: string
  /** Warnings fail the check (exit 65). */
  strict: boolean
  /** Print only warnings and errors. */
  quiet: boolean
}

/**
 * `briefdeck check <deck.md | folder> [--strict]`: everything the compiler finds, then the figure
 * check against each cited source's local copy, printed as `file:line: severity: message`. No
 * browser: slides are not measured for overflow (build and export do that). Errors fail (exit 65),
 * and so do warnings with --strict.
 */
export async function checkCommand(options: CheckOptions, log: (line: string) => void): Promise<void> {
  const input = resolve(options.input)
  const root = (await stat(input).catch(() => null))?.isDirectory() ? input : dirname(input)
  // Images are only looked up (a missing one is a warning), never read: a check embeds nothing.
  const briefing = await loadBriefing(options.input, { assets: { root, url: (path) => path } })
  const diagnostics: Diagnostic[] = [...briefing.diagnostics, ...(await checkDeckSources(briefing.decks))]
  const count = (severity: Diagnostic['severity']): number => diagnostics.filter((d) => d.severity === severity).length
  for (const diagnostic of diagnostics) if (!options.quiet || diagnostic.severity !== 'info') log(formatDiagnostic(diagnostic))
  const [errors, warnings] = [count('error'), count('warning')]
  if (!options.quiet) {
    const slides = briefing.decks.reduce((n, d) => n + d.deck.slides.length, 0)
    const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
    const unchecked = withoutCopy(briefing.decks.map((d) => d.deck))
    // "0 warnings" must not read as "the figures are right" when there was nothing to compare them with.
    const note = unchecked.length === 0 ? '' : `; not compared with a source (no local \`file:\`): ${unchecked.map((id) => `@${id}`).join(', ')}`
    log(`checked ${plural(briefing.decks.length, 'deck')}, ${plural(slides, 'slide')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(count('info'), 'info')}${note}`)
  }
  if (errors > 0) throw new BriefdeckError('E_COMPILE', `${options.input}: ${errors} error${errors === 1 ? '' : 's'}`)
  if (options.strict && warnings > 0) throw new BriefdeckError('E_COMPILE', `${options.input}: ${warnings} warning${warnings === 1 ? '' : 's'} and --strict`)
}

/** The cited sources that declare no local copy, so their figures are not checked. */
function withoutCopy(decks: readonly Deck[]): string[] {
  const ids = new Set<string>()
  for (const deck of decks) {
    const cited = new Set(deck.slides.flatMap((slide) => slide.citations.map((c) => c.id)))
    for (const source of deck.sources) if (cited.has(source.id) && source.file === undefined) ids.add(source.id)
  }
  return [...ids]
}
