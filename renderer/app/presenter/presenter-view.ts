import type { BriefdeckApi } from '../../core/api/contract'
import { slideBudgets } from '../../core/present/pacing'
import { presentedVersion } from '../../core/present/presented-version'
import { isAtTalkEnd } from '../../page/backup-stop'
import { bindRoomKeys } from '../present/present-view'
import { applyDeckCss } from '../shared/deck-css'
import { h } from '../shared/dom'
import { jumpOnNumber, keyHelp } from '../shared/keys'
import { loadOrExplain } from '../shared/load-or-explain'
import { PresentationSession, followPresentation } from '../shared/presentation-session'
import { reloadSlides } from '../shared/reload-slides'
import { type RevealApi, mountDeck, positionOf, replaceSlides, slideIndexAt } from '../shared/reveal-deck'
import { type JumpTarget, jumpHistory } from './jump-history'
import { jumpPalette } from './jump-palette'
import { audienceMirror } from './audience-mirror'
import { notesPane } from './notes-pane'
import { overviewGrid } from './overview-grid'
import { presenterControls } from './presenter-controls'
import { presenterKeys } from './presenter-keys'
import { problemsBanner } from './problems-banner'
import { rehearsalRecorder } from './rehearsal-recorder'
import { statusBar } from './status-bar'

/**
 * The presenter view, for the speaker's screen: the current slide and the next, the notes in large
 * type, the talk's clocks and pacing, and the controls of the room (black, white, freeze, the jump
 * palette, the overview, rehearsal). It drives every audience view of the deck through the shared
 * presentation, and always shows what the room sees.
 */
export async function presenterView(root: HTMLElement, api: BriefdeckApi, path: string): Promise<() => void> {
  const opened = await loadOrExplain(root, async () => [await api.invoke('deck.open', { path }), await PresentationSession.open(api, path)] as const)
  if (!opened) return () => {}
  // The presenter's own slides keep the last good version too: what it shows is what the room sees.
  let presented = presentedVersion(null, opened[0])
  let snapshot = presented.shown
  const session = opened[1]
  document.title = `Presenter — ${snapshot.title}`
  applyDeckCss(snapshot.css)

  const bar = statusBar()
  const notes = notesPane()
  const recorder = rehearsalRecorder(api, path)
  const problems = problemsBanner(path)
  const currentBox = h('div', { class: 'bd-current-deck' })
  const nextBox = h('div', { class: 'bd-next-deck' })
  const endLabel = h('p', { class: 'bd-end', hidden: true }, 'End of the deck')
  const mirror = audienceMirror()
  const hint = h('p', { class: 'bd-hint', role: 'status', hidden: true })
  const history = jumpHistory(() => positionOf(current), (to: JumpTarget) => void current.slide(to.h, to.v, to.f))
  const grid = overviewGrid(history.jump)
  const palette = jumpPalette(history.jump)
  const controls = presenterControls({ api, path, session, recorder, notes, grid, palette, hint, next: () => current.next(), prev: () => current.prev(), first: () => current.slide(0, 0, -1), refresh: () => tick() })
  root.replaceChildren(h('div', { class: 'bd-presenter' },
    bar.element, problems.element,
    h('section', { class: 'bd-current', 'aria-label': 'Current slide' }, currentBox, controls.element, hint, mirror.element),
    h('section', { class: 'bd-side' },
      h('section', { class: 'bd-next', 'aria-label': 'Next' }, h('h2', {}, 'Next'), nextBox, endLabel),
      notes.element),
    grid.element, palette.element))

  const current = await mountDeck(currentBox, snapshot, { embedded: true, keyboard: true, controls: false, transitions: false })
  const next = await mountDeck(nextBox, snapshot, { embedded: true, keyboard: false, controls: false, transitions: false })
  bindRoomKeys(current, session)
  await recorder.load()
  let budgets = slideBudgets(snapshot.slides, snapshot.meta.duration)

  const indexOf = (deck: RevealApi, at = positionOf(deck)): number => slideIndexAt(deck, at)
  const showNext = (): void => {
    const at = positionOf(current)
    next.slide(at.h, at.v, at.f)
    // The talk's end: the last slide, or the last before the backup slides (which are jumped to).
    const isLast = (current.isLastSlide() && current.availableFragments().next === false) || isAtTalkEnd(current as unknown as Parameters<typeof isAtTalkEnd>[0])
    endLabel.hidden = !isLast
    nextBox.hidden = isLast
    if (!isLast) next.next()
  }
  const showMirror = (): void => mirror.show(session.state, snapshot, indexOf(current, session.state.audience))
  const tick = (): void => {
    const index = indexOf(current)
    const slide = current.getCurrentSlide()
    // Build steps: the slide as it opens, then one per fragment group (reveal.js's own grouping).
    const steps = new Set([...slide.querySelectorAll('.fragment')].map((f, i) => f.getAttribute('data-fragment-index') ?? `u${i}`)).size
    const last = recorder.runs[0]?.seconds[index] ?? null
    bar.show({
      slide: index, slides: snapshot.slides.filter((s) => !s.backup).length, backup: snapshot.slides[index]?.backup ?? null, audienceSlide: indexOf(current, session.state.audience),
      clockSlide: session.state.clock.startedOn ? indexOf(current, session.state.clock.startedOn) : 0,
      step: positionOf(current).f + 2, steps: steps === 0 ? 0 : steps + 1, budgets, state: session.state, serverNow: session.serverNow(),
      rehearsal: recorder.running ? { planned: budgets?.[index] ?? null, last } : null,
    })
    controls.show()
  }
  const moved = (): void => {
    const index = indexOf(current)
    showNext()
    notes.show(snapshot.slides[index])
    grid.setCurrent(index)
    recorder.moved(index)
    showMirror()
    tick()
  }
  grid.setDeck(snapshot)
  palette.setSlides(snapshot.slides)
  const interval = setInterval(tick, 500)
  problems.show(presented)

  const stops = [
    followPresentation(current, session, 'presenter', moved),
    session.onChange(() => {
      showMirror()
      tick()
    }),
    presenterKeys(current, { session, grid, palette, history, controls }),
    jumpOnNumber(current, (h, v) => history.jump({ h, v })),
    palette.stop,
    grid.stop,
    keyHelp(current, 'presenter'),
    api.on('deck.changed', (fresh) => {
      if (fresh.path !== path) return
      const before = presented.shown
      presented = presentedVersion(presented, fresh)
      problems.show(presented)
      if (presented.shown === before) return
      snapshot = fresh
      applyDeckCss(fresh.css)
      replaceSlides(next, fresh)
      reloadSlides(current, before, fresh)
      budgets = slideBudgets(fresh.slides, fresh.meta.duration)
      grid.setDeck(fresh)
      palette.setSlides(fresh.slides)
      moved()
    }),
    api.on('deck.removed', (gone) => {
      if (gone.path === path) problems.removed()
    }),
  ]
  moved()
  return () => {
    clearInterval(interval)
    for (const stop of stops) stop()
    session.close()
    current.destroy()
    next.destroy()
  }
}
