import { KEYS } from '../shared/key-table'

/** Keys that still reach the room while a panel is open: blacking the screen must work from anywhere. */
const PASS: readonly number[] = (['black', 'white', 'freeze', 'timer'] as const).flatMap((command) => KEYS[command].codes)

export interface Panel {
  readonly isOpen: boolean
  /** Takes the keys the panel uses (Esc, arrows in a grid); true when it took this one. */
  handle(event: KeyboardEvent): boolean
  /** The panel's own text field, whose keys are typing: they are left to it. */
  field?: HTMLElement
}

/**
 * While a panel covers the presenter's slides (the jump palette, the overview grid), the keys are
 * the panel's: what it does not take is held, so no arrow or clicker moves the room behind it
 * unseen. Listens on the window in the capture phase, before reveal.js and the number keys.
 */
export function panelKeys(panel: Panel): () => void {
  const onKey = (event: KeyboardEvent): void => {
    if (!panel.isOpen || (panel.field && event.target === panel.field)) return
    if (panel.handle(event)) event.preventDefault()
    else if (PASS.includes(event.keyCode)) return
    event.stopImmediatePropagation()
  }
  window.addEventListener('keydown', onKey, true)
  return () => window.removeEventListener('keydown', onKey, true)
}
