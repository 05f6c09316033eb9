import type { PresentationState } from './presentation-state'

/**
 * What the presenter's bar says the room sees, first things first: a black or white screen hides
 * everything else, then reveal.js's overview, then a frozen slide (`frozenOn`, counted from 1).
 */
export function roomStatus(state: Pick<PresentationState, 'screen' | 'overview' | 'frozen'>, frozenOn: number): string {
  const main = state.screen !== 'slides' ? `Audience: ${state.screen} screen`
    : state.overview ? 'Audience: overview'
    : state.frozen ? `Audience frozen on slide ${frozenOn}`
    : 'Audience: live'
  return state.frozen && (state.screen !== 'slides' || state.overview) ? `${main} · frozen on ${frozenOn}` : main
}
