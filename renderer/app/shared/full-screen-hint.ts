import { h } from './dom'

/** Session storage carries the hint to the window that shows the audience next (copied into a popup as it opens). */
const KEY = 'briefdeck.fullScreenHint'

/** Asks the audience view this window (or a popup it opens next) shows to say how to go full screen. */
export function leaveFullScreenHint(text: string): void {
  sessionStorage.setItem(KEY, text)
}

export function forgetFullScreenHint(): void {
  sessionStorage.removeItem(KEY)
}

/**
 * The one line an audience window that is not full screen may show ("Press F for full screen"),
 * left by Swap or the presenter's Audience window: the browser lets only a click in this window
 * put it full screen. It goes once the window is full screen, or with its ✕.
 */
export function fullScreenHint(root: HTMLElement): () => void {
  const text = sessionStorage.getItem(KEY)
  if (text === null) return () => {}
  const hint = h('p', { class: 'bd-full-screen-hint', role: 'status' }, text,
    h('button', { type: 'button', 'aria-label': 'Dismiss', onclick: () => done() }, '✕'))
  const update = (): void => {
    if (document.fullscreenElement) done()
  }
  const done = (): void => {
    forgetFullScreenHint()
    hint.remove()
    document.removeEventListener('fullscreenchange', update)
  }
  document.addEventListener('fullscreenchange', update)
  if (document.fullscreenElement) done()
  else root.append(hint)
  return () => {
    hint.remove()
    document.removeEventListener('fullscreenchange', update)
  }
}
