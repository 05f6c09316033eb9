import type { Diagnostic } from '../deck/deck'

/** A compiled version of a deck, as far as presenting it goes. */
export interface DeckVersion {
  diagnostics: readonly Diagnostic[]
}

/** What a presenting view shows of a deck, and what it holds back. */
export interface PresentedVersion<T extends DeckVersion> {
  /** The version on screen. */
  shown: T
  /** The newest version's errors ([] when it is the one shown, or has none). */
  errors: Diagnostic[]
  /** The newest version has errors, and the last good version stays on screen instead. */
  holding: boolean
}

/**
 * Whether a version may go before the room: it compiled without errors (warnings are the author's
 * business). An unclosed code fence or broken front matter compiles into the raw source and every
 * note after it; a room must never see that.
 */
export function isPresentable(version: DeckVersion): boolean {
  return !version.diagnostics.some((d) => d.severity === 'error')
}

/**
 * The version a presenting view (audience or presenter) shows after `next` arrives: `next` when it
 * is good; otherwise the last good version stays, its errors kept for the presenter. With no good
 * version yet (a view opened on a broken file), the newest is shown as it compiled.
 */
export function presentedVersion<T extends DeckVersion>(current: PresentedVersion<T> | null, next: T): PresentedVersion<T> {
  const errors = next.diagnostics.filter((d) => d.severity === 'error')
  if (errors.length === 0) return { shown: next, errors: [], holding: false }
  if (current !== null && isPresentable(current.shown)) return { shown: current.shown, errors, holding: true }
  return { shown: next, errors, holding: false }
}
