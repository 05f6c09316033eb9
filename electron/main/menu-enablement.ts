import type { ViewReport } from '../../renderer/core/api/contract'

/** Which of the menu's commands apply now, and to which deck. */
export interface MenuEnablement {
  /** The deck that Export Slides/Handout, Start Presentation and Presenter View act on. */
  deck: string | null
  /** File › Save: only an editor has text to save. */
  save: boolean
  /** Present › Swap Displays: only while that deck's presentation windows are open. */
  swap: boolean
}

/**
 * The menu follows what the focused window shows: the deck an editor, audience or presenter view
 * shows, or the deck selected in the library. With no window focused (macOS keeps its menu with
 * every window closed), no deck command applies; folder commands always do.
 */
export function menuEnablement(focused: ViewReport | null, presenting: (deck: string) => boolean): MenuEnablement {
  const deck = focused?.path ?? null
  return { deck, save: focused?.view === 'edit' && deck !== null, swap: deck !== null && presenting(deck) }
}
