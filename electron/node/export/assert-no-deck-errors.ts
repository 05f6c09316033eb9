import { type Diagnostic, formatDiagnostic } from '../../../renderer/core/deck/deck'
import { BriefdeckError } from '../../../renderer/core/errors'

/** An export of decks with errors stops before writing anything, listing every error as `file:line`. */
export function assertNoDeckErrors(diagnostics: readonly Diagnostic[]): void {
  const errors = diagnostics.filter((d) => d.severity === 'error')
  if (errors.length > 0) {
    throw new BriefdeckError('E_COMPILE', `${errors.map(formatDiagnostic).join('\n')}\n${errors.length} error${errors.length === 1 ? '' : 's'}; nothing exported`)
  }
}
