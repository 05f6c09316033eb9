import {
  type PresentationChange, type PresentationState, changePresentation, initialPresentation,
} from '../../../renderer/core/present/presentation-state'

/** Each deck's presentation, as every view of it shares it; kept in memory while the server runs. */
export interface PresentationStore {
  get(path: string): PresentationState
  change(path: string, change: PresentationChange): PresentationState
}

export function createPresentationStore(now: () => number = Date.now): PresentationStore {
  const states = new Map<string, PresentationState>()
  const get = (path: string): PresentationState => ({ ...(states.get(path) ?? initialPresentation(now())), now: now() })
  return {
    get,
    change(path, change) {
      const next = changePresentation(get(path), change, now())
      states.set(path, next)
      return next
    },
  }
}
