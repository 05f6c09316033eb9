import type { Diagnostic } from '../../core/deck/deck'
import { describeDiagnostic, h } from './dom'

/**
 * Loads what a view needs, or, when that fails (a deck that vanished, a folder gone), says why in the
 * view with a way back to the library. Returns null in that case.
 */
export async function loadOrExplain<T>(root: HTMLElement, load: () => Promise<T>): Promise<T | null> {
  try {
    return await load()
  } catch (error) {
    root.replaceChildren(h('div', { class: 'bd-message' }, h('p', { class: 'bd-error' }, (error as Error).message), h('a', { href: '#/' }, 'Back to the library')))
    return null
  }
}

/** Shows a deck's compile errors, `file:line: message` each, in a banner (hidden when there are none). */
export function showErrors(banner: HTMLElement, diagnostics: readonly Diagnostic[]): void {
  const errors = diagnostics.filter((d) => d.severity === 'error')
  banner.hidden = errors.length === 0
  banner.textContent = errors.map(describeDiagnostic).join('\n')
}
