import type { BriefdeckApi, PresentationState, Screen } from '../../core/api/contract'
import { presentedVersion } from '../../core/present/presented-version'
import { applyDeckCss } from '../shared/deck-css'
import { h } from '../shared/dom'
import { bindKey, jumpOnNumber, keyHelp } from '../shared/keys'
import { loadOrExplain } from '../shared/load-or-explain'
import { PresentationSession, followPresentation } from '../shared/presentation-session'
import { reloadSlides } from '../shared/reload-slides'
import { type RevealApi, mountDeck } from '../shared/reveal-deck'
import { openViewWindow } from '../shared/open-view-window'
import { fullScreenHint } from '../shared/full-screen-hint'
import { tapToAdvance } from './tap-to-advance'

/**
 * The audience view: the deck full screen, following the room's presentation (the presenter's slide,
 * or where it is frozen), and its black or white screen. Keys as in reveal.js and PowerPoint (the
 * README's table): arrows, space, PageUp/PageDown (clickers), Home/End, B or . black, W white, F full
 * screen, O or Esc overview, a number and Enter to jump, S the presenter view. On a phone, swipe or
 * tap (right two thirds: next; left third: back). Reloads in place when the file changes, staying on
 * the same slide; a version with errors never reaches the room (the last good one stays, and only
 * the presenter hears of the errors), nor does any other message of the tool.
 */
export async function presentView(root: HTMLElement, api: BriefdeckApi, path: string): Promise<() => void> {
  const opened = await loadOrExplain(root, async () => [await api.invoke('deck.open', { path }), await PresentationSession.open(api, path)] as const)
  if (!opened) return () => {}
  const [snapshot, session] = opened
  document.title = `${snapshot.title} — Briefdeck`
  applyDeckCss(snapshot.css)
  let presented = presentedVersion(null, snapshot)
  const container = h('div', { class: 'bd-audience' })
  const screen = h('div', { class: 'bd-screen', 'aria-hidden': 'true' })
  root.replaceChildren(container, screen)

  const deck = await mountDeck(container, presented.shown, { embedded: false, keyboard: true, controls: true })
  bindRoomKeys(deck, session, () => void openViewWindow(api, 'presenter', path))
  const showRoom = (state: PresentationState): void => {
    screen.dataset.screen = state.screen
    if (deck.isOverview() !== state.overview) deck.toggleOverview(state.overview)
  }
  showRoom(session.state)
  const overview = (open: boolean) => () => {
    if (session.state.overview !== open) session.change({ type: 'overview', open })
  }
  deck.on('overviewshown', overview(true))
  deck.on('overviewhidden', overview(false))

  const stops = [
    followPresentation(deck, session, 'audience'),
    session.onChange(showRoom),
    jumpOnNumber(deck),
    keyHelp(deck, 'audience'),
    tapToAdvance(container, deck),
    fullScreenHint(root),
    api.on('deck.changed', (next) => {
      if (next.path !== path) return
      const before = presented.shown
      presented = presentedVersion(presented, next)
      if (presented.shown === before) return
      applyDeckCss(next.css)
      reloadSlides(deck, before, next)
    }),
  ]
  return () => {
    for (const stop of stops) stop()
    session.close()
    deck.destroy()
  }
}

/**
 * The keys that change the room, wherever they are pressed (audience or presenter): B or . black,
 * W white (again: back to the slides). They replace reveal.js's own pause, so every screen follows.
 */
export function bindRoomKeys(deck: RevealApi, session: PresentationSession, openPresenter?: () => void): void {
  const toggle = (screen: Screen) => () => session.change({ type: 'screen', screen: session.state.screen === screen ? 'slides' : screen })
  bindKey(deck, 'black', toggle('black'))
  bindKey(deck, 'white', toggle('white'))
  if (openPresenter) bindKey(deck, 'presenter', openPresenter)
}
