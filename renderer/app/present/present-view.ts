import type { BriefdeckApi, DeckSnapshot } from '../../core/api/contract'
import { applyDeckCss } from '../shared/deck-css'
import { h } from '../shared/dom'
import { loadOrExplain, showErrors } from '../shared/load-or-explain'
import { jumpOnNumber, mountDeck, newClientId, replaceSlides, syncPosition } from '../shared/reveal-deck'

/**
 * Opens a view of a deck in its own window: the desktop app places it (presenter on the laptop,
 * audience on the projector); a browser opens a popup.
 */
export async function openViewWindow(api: BriefdeckApi, view: 'present' | 'presenter', path: string): Promise<void> {
  const { opened } = await api.invoke('window.open', { view, path }).catch(() => ({ opened: false }))
  if (!opened) window.open(`${location.pathname}#/${view}/${encodeURIComponent(path)}`, `bd-${view}-${path}`, 'popup,width=1280,height=800')
}

/**
 * The audience view: the deck full screen. Keys as in reveal.js and PowerPoint: arrows, space,
 * PageUp/PageDown (clickers), Home/End, B or . to black the screen, F full screen, O or Esc for the
 * overview, a number and Enter to jump, S for the presenter view. Follows the presenter from any
 * window or device, and reloads in place when the file changes.
 */
export async function presentView(root: HTMLElement, api: BriefdeckApi, path: string): Promise<() => void> {
  const opened = await loadOrExplain(root, () => api.invoke('deck.open', { path }))
  if (!opened) return () => {}
  let snapshot: DeckSnapshot = opened
  document.title = `${snapshot.title} — Briefdeck`
  applyDeckCss(snapshot.css)
  const banner = h('div', { class: 'bd-banner', role: 'alert', hidden: true })
  const container = h('div', { class: 'bd-audience' })
  root.replaceChildren(container, banner)
  const showProblems = (s: DeckSnapshot): void => showErrors(banner, s.diagnostics)
  showProblems(snapshot)

  const deck = await mountDeck(container, snapshot, { embedded: false, keyboard: true, controls: true })
  deck.addKeyBinding({ keyCode: 83, key: 'S', description: 'Open the presenter view' }, () => void openViewWindow(api, 'presenter', path))
  const where = await api.invoke('presenter.where', { path }).catch(() => null)
  if (where) deck.slide(where.h, where.v, where.f)

  const stops = [
    syncPosition(api, path, deck, newClientId()),
    jumpOnNumber(deck),
    api.on('deck.changed', (next) => {
      if (next.path !== path) return
      applyDeckCss(next.css)
      replaceSlides(deck, next)
      showProblems(next)
    }),
    api.on('deck.removed', (gone) => {
      if (gone.path !== path) return
      banner.hidden = false
      banner.textContent = `${path} was removed from the folder; this is the last version shown.`
    }),
  ]
  return () => {
    for (const stop of stops) stop()
    deck.destroy()
  }
}
