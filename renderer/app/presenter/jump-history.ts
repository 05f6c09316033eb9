import type { SlidePosition } from '../../core/api/contract'

/** Where a jump goes: a slide, or a position with its fragment. */
export type JumpTarget = { h: number; v: number; f?: number }

/**
 * Backspace's "back to where you were": every jump (the palette, a number and Enter, a tile of the
 * grid) remembers where the presenter was; next and previous are not jumps and leave it alone.
 */
export function jumpHistory(here: () => SlidePosition, moveTo: (to: JumpTarget) => void) {
  let before: SlidePosition | null = null
  return {
    jump(to: JumpTarget): void {
      before = here()
      moveTo(to)
    },
    /** Goes back to where the presenter was before the last jump; false when there was none. */
    back(): boolean {
      if (before === null) return false
      const to = before
      before = null
      moveTo(to)
      return true
    },
  }
}
