import type { AppView, BriefdeckApi } from '../core/api/contract'

/**
 * Tells the host what this window shows, so the desktop app's File and Present menus act on it: the
 * router reports each view, and in the library the card last clicked or focused is the selected deck.
 * Browser mode answers and does nothing.
 */
export function reportViews(api: BriefdeckApi, root: HTMLElement): (routed: AppView | undefined, path: string) => void {
  const report = (view: AppView, path: string | null): void => void api.invoke('view.report', { view, path }).catch(() => {})
  const select = (event: Event): void => {
    const card = event.target instanceof Element ? event.target.closest('.bd-card') : null
    if (document.body.dataset.view !== 'library' || !(card instanceof HTMLElement) || !card.dataset.path) return
    for (const other of root.querySelectorAll('.bd-card.bd-selected')) other.classList.remove('bd-selected')
    card.classList.add('bd-selected')
    report('library', card.dataset.path)
  }
  root.addEventListener('focusin', select)
  root.addEventListener('pointerdown', select)
  // The router's view, or none for the library (whose deck is the one selected, once there is one).
  return (routed, path) => report(routed ?? 'library', routed ? path : null)
}
