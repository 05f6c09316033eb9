/** Whether a slide is a backup slide (kept after the talk's slides, numbered B1, B2…). */
export function isBackup(slide: Element | null | undefined): boolean {
  return slide?.hasAttribute('data-bd-backup') ?? false
}

/** What of a reveal.js deck the stop needs. */
interface Navigable {
  getCurrentSlide(): Element
  getSlidesElement(): Element | null
  availableFragments(): { next: boolean }
  next(...args: unknown[]): unknown
  right(...args: unknown[]): unknown
  down(...args: unknown[]): unknown
  on(event: string, listener: (event: { previousSlide?: Element; currentSlide?: Element }) => void): void
  slide(h: number, v?: number, f?: number): void
  getIndices(slide?: Element): { h: number; v?: number }
}

/** The keys that move forward in reveal.js (→ ↓ Space PageDown N L J), as `KeyboardEvent.key`. */
const FORWARD_KEYS = new Set(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n', 'N', 'l', 'L', 'j', 'J'])

/**
 * The talk ends at its last slide: going on from there does not enter the backup slides, which are
 * reached by jumping (the presenter's palette, a slide number, the overview). Calls through the deck
 * object (the app's buttons, a tap) are held by wrapping its next/right/down; reveal.js's own keys,
 * touch and on-screen arrows call the deck's methods internally, so with `input` the forward keys and
 * arrows are held before reveal.js sees them, and a swipe that stepped into the backups is undone.
 */
export function stopBeforeBackup(deck: Navigable, input: boolean): void {
  const atTalkEnd = (): boolean => isAtTalkEnd(deck)
  for (const move of ['next', 'right', 'down'] as const) {
    const original = deck[move].bind(deck)
    deck[move] = (...args: unknown[]) => (atTalkEnd() ? undefined : original(...args))
  }
  if (!input) return
  document.addEventListener('keydown', (event) => {
    if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return
    if (FORWARD_KEYS.has(event.key) && atTalkEnd()) {
      event.preventDefault()
      event.stopImmediatePropagation()
    } else if (event.key === 'End' && !isBackup(deck.getCurrentSlide())) {
      // End is the talk's end, as → stops there; from a backup slide it is the last backup.
      const last = lastTalkSlide(deck)
      if (!last) return
      event.preventDefault()
      event.stopImmediatePropagation()
      const at = deck.getIndices(last)
      deck.slide(at.h, at.v ?? 0)
    }
  }, true)
  document.addEventListener('click', (event) => {
    const arrow = (event.target as Element | null)?.closest?.('.controls .navigate-right, .controls .navigate-down, .controls .navigate-next')
    if (arrow && deck.getSlidesElement()?.parentElement?.contains(arrow) && atTalkEnd()) {
      event.preventDefault()
      event.stopImmediatePropagation()
    }
  }, true)
  let touched = 0
  document.addEventListener('touchstart', () => (touched = Date.now()), { capture: true, passive: true })
  deck.on('slidechanged', (event) => {
    if (Date.now() - touched > 2000 || !event.previousSlide || isBackup(event.previousSlide) || event.currentSlide?.getAttribute('data-bd-backup') !== 'B1') return
    const back = deck.getIndices(event.previousSlide)
    deck.slide(back.h, back.v ?? 0, Number.MAX_SAFE_INTEGER)
  })
}

/** Whether the deck is on the talk's last step, with only backup slides after it. */
export function isAtTalkEnd(deck: Pick<Navigable, 'getCurrentSlide' | 'getSlidesElement' | 'availableFragments'>): boolean {
  const current = deck.getCurrentSlide()
  if (isBackup(current) || deck.availableFragments().next) return false
  return isBackup(slideAfter(deck, current))
}

/** The talk's last slide: the last before the backup slides, when there are any. */
function lastTalkSlide(deck: Pick<Navigable, 'getSlidesElement'>): Element | undefined {
  const slides = [...(deck.getSlidesElement()?.querySelectorAll('section:not(.stack)') ?? [])]
  return slides.some(isBackup) ? slides.filter((slide) => !isBackup(slide)).at(-1) : undefined
}

/** The slide after `current` in reading order, uncounted ones included (reveal.js's getSlides leaves those out). */
function slideAfter(deck: Pick<Navigable, 'getSlidesElement'>, current: Element): Element | undefined {
  const slides = [...(deck.getSlidesElement()?.querySelectorAll('section:not(.stack)') ?? [])]
  return slides[slides.indexOf(current) + 1]
}
