import type { RevealApi } from '../shared/reveal-deck'

/** How far a touch may move and still be a tap, in CSS pixels. */
const TAP_SLOP = 12

/**
 * On a touch screen, a tap on the right two thirds of the slide advances and on the left third goes
 * back, like an e-reader; links, buttons and reveal.js's own controls keep their taps. (Swipes are
 * reveal.js's own.)
 */
export function tapToAdvance(container: HTMLElement, deck: RevealApi): () => void {
  let start: { x: number; y: number; id: number } | null = null
  const down = (event: PointerEvent): void => {
    start = event.pointerType === 'touch' ? { x: event.clientX, y: event.clientY, id: event.pointerId } : null
  }
  const up = (event: PointerEvent): void => {
    if (!start || event.pointerId !== start.id) return
    const moved = Math.hypot(event.clientX - start.x, event.clientY - start.y)
    start = null
    if (moved > TAP_SLOP || (event.target as Element).closest('a, button, .controls, input, summary')) return
    const box = container.getBoundingClientRect()
    if (event.clientX - box.left < box.width / 3) deck.prev()
    else deck.next()
  }
  container.addEventListener('pointerdown', down)
  container.addEventListener('pointerup', up)
  return () => {
    container.removeEventListener('pointerdown', down)
    container.removeEventListener('pointerup', up)
  }
}
