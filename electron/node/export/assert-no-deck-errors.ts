import { type Diagnostic, formatDiagnostic } from '../../../renderer/core/deck/deck'
import { BriefdeckError } from '../../../renderer/core/errors'

/** With `--strict`, warnings stop an export (or a build) before writing, as errors do. */
export function assertStrict(diagnostics: readonly Diagnostic[], strict: boolean | undefined): void {
  const warnings = diagnostics.filter((d) => d.severity === 'warning')
  if (strict && warnings.length > 0) {
    throw new BriefdeckError('E_COMPILE', `${warnings.map(formatDiagnostic).join('\n')}\n${warnings.length} warning${warnings.length === 1 ? '' : 's'} and --strict; nothing written`)
  }
}

/** An export of decks with errors stops before writing anything, listing every error as `file:line`. */
export function assertNoDeckErrors(diagnostics: readonly Diagnostic[]): void {
  const errors = diagnostics.filter((d) => d.severity === 'error')
  if (errors.length > 0) {
    throw new BriefdeckError('E_COMPILE', `${errors.map(formatDiagnostic).join('\n')}\n${errors.length} error${errors.length === 1 ? '' : 's'}; nothing exported`)
  }
}
