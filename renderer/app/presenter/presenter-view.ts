import type { BriefdeckApi, DeckSnapshot } from '../../core/api/contract'
import { openViewWindow } from '../present/present-view'
import { applyDeckCss } from '../shared/deck-css'
import { h } from '../shared/dom'
import { loadOrExplain, showErrors } from '../shared/load-or-explain'
import { type RevealApi, jumpOnNumber, mountDeck, newClientId, positionOf, replaceSlides, syncPosition } from '../shared/reveal-deck'
import { slideThumbnail } from '../shared/slide-thumbnail'
import { formatDuration, pacing, slideBudgets } from './pacing'
import { TalkTimer } from './talk-timer'

const NOTES_SIZE_KEY = 'briefdeck.notesSize'

/**
 * The presenter view, for the speaker's screen: the current slide, the next slide or fragment, the
 * notes in large adjustable type, elapsed and wall-clock time with pause and reset, slide n of N,
 * pacing against the deck's `duration` and `data-timing`, and an overview grid. Navigating here moves
 * every audience view, and the other way round.
 */
export async function presenterView(root: HTMLElement, api: BriefdeckApi, path: string): Promise<() => void> {
  const opened = await loadOrExplain(root, () => api.invoke('deck.open', { path }))
  if (!opened) return () => {}
  let snapshot: DeckSnapshot = opened
  document.title = `Presenter — ${snapshot.title}`
  applyDeckCss(snapshot.css)

  const timer = new TalkTimer()
  const counter = h('span', { class: 'bd-counter' })
  const elapsed = h('span', { class: 'bd-elapsed', title: 'Elapsed talk time' })
  const pace = h('span', { class: 'bd-pace' })
  const clock = h('span', { class: 'bd-clock', title: 'Time of day' })
  const pauseButton = h('button', { type: 'button', onclick: () => (timer.toggle(), tick()) }, 'Pause')
  const notes = h('article', { class: 'bd-notes', 'aria-label': 'Speaker notes' })
  const problems = h('div', { class: 'bd-banner', role: 'alert', hidden: true })
  const currentBox = h('div', { class: 'bd-current-deck' })
  const nextBox = h('div', { class: 'bd-next-deck' })
  const endLabel = h('p', { class: 'bd-end', hidden: true }, 'End of the deck')
  const grid = h('div', { class: 'bd-grid', hidden: true, role: 'dialog', 'aria-label': 'All slides' })

  let notesSize = Number(localStorage.getItem(NOTES_SIZE_KEY) ?? 28)
  const setNotesSize = (size: number): void => {
    notesSize = Math.min(80, Math.max(14, size))
    localStorage.setItem(NOTES_SIZE_KEY, String(notesSize))
    notes.style.fontSize = `${notesSize}px`
  }
  setNotesSize(notesSize)

  root.replaceChildren(h('div', { class: 'bd-presenter' },
    h('header', { class: 'bd-bar' },
      counter, elapsed, pace, clock,
      h('span', { class: 'bd-spacer' }),
      pauseButton,
      h('button', { type: 'button', onclick: () => (timer.reset(), tick()) }, 'Reset'),
      h('button', { type: 'button', 'aria-label': 'Smaller notes', onclick: () => setNotesSize(notesSize - 2) }, 'A−'),
      h('button', { type: 'button', 'aria-label': 'Larger notes', onclick: () => setNotesSize(notesSize + 2) }, 'A+'),
      h('button', { type: 'button', onclick: () => toggleGrid() }, 'Overview'),
      h('button', { type: 'button', onclick: () => void openViewWindow(api, 'present', path) }, 'Audience window')),
    problems,
    h('section', { class: 'bd-current', 'aria-label': 'Current slide' }, currentBox),
    h('section', { class: 'bd-next', 'aria-label': 'Next' }, h('h2', {}, 'Next'), nextBox, endLabel),
    notes,
    grid))

  const current = await mountDeck(currentBox, snapshot, { embedded: true, keyboard: true, controls: false })
  const next = await mountDeck(nextBox, snapshot, { embedded: true, keyboard: false, controls: false })
  let budgets = slideBudgets(snapshot.slides, snapshot.meta.duration)

  const indexOf = (deck: RevealApi): number => deck.getSlides().indexOf(deck.getCurrentSlide())
  const showNext = (): void => {
    const at = positionOf(current)
    next.slide(at.h, at.v, at.f)
    const isLast = current.isLastSlide() && current.availableFragments().next === false
    endLabel.hidden = !isLast
    nextBox.hidden = isLast
    if (!isLast) next.next()
  }
  const showNotes = (): void => {
    const slide = snapshot.slides[indexOf(current)]
    // Notes HTML was sanitised by the deck compiler.
    notes.innerHTML = slide?.notesHtml || '<p class="bd-no-notes">No notes for this slide.</p>'
  }
  const tick = (): void => {
    const index = indexOf(current)
    counter.textContent = `Slide ${index + 1} of ${snapshot.slides.length}`
    const seconds = timer.elapsed() / 1000
    elapsed.textContent = formatDuration(seconds)
    clock.textContent = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    pauseButton.textContent = timer.running ? 'Pause' : timer.elapsed() > 0 ? 'Resume' : 'Start'
    if (budgets) {
      const p = pacing(budgets, index, seconds)
      pace.textContent = p.status === 'on time' ? 'on time' : `${formatDuration(p.delta, true)} ${p.status}`
      pace.dataset.status = p.status
    } else {
      pace.textContent = ''
    }
  }
  const moved = (): void => {
    if (!timer.running && timer.elapsed() === 0 && (positionOf(current).h > 0 || positionOf(current).f >= 0)) timer.start()
    showNext()
    showNotes()
    tick()
  }

  let gridBuilt = false
  const toggleGrid = (): void => {
    grid.hidden = !grid.hidden
    if (grid.hidden || gridBuilt) return
    gridBuilt = true
    // Each tile is a still thumbnail; off-screen tiles are not laid out (content-visibility), so a
    // 500-slide deck opens its grid at once.
    grid.replaceChildren(...snapshot.slides.map((slide) => h('button', {
      type: 'button', class: 'bd-tile', title: slide.title || `Slide ${slide.index + 1}`,
      onclick: () => {
        current.slide(slide.h, slide.v)
        grid.hidden = true
      },
    }, slideThumbnail(slide, snapshot.css, { center: snapshot.config.center !== false, scope: snapshot.scope }), h('span', {}, String(slide.index + 1)))))
  }

  const where = await api.invoke('presenter.where', { path }).catch(() => null)
  if (where) current.slide(where.h, where.v, where.f)
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !grid.hidden) grid.hidden = true
  }
  document.addEventListener('keydown', onKey)
  const interval = setInterval(tick, 500)
  const showProblems = (s: DeckSnapshot): void => showErrors(problems, s.diagnostics)
  showProblems(snapshot)
  moved()

  const stops = [
    syncPosition(api, path, current, newClientId(), moved),
    jumpOnNumber(current),
    api.on('deck.changed', (fresh) => {
      if (fresh.path !== path) return
      snapshot = fresh
      applyDeckCss(fresh.css)
      replaceSlides(current, fresh)
      replaceSlides(next, fresh)
      budgets = slideBudgets(fresh.slides, fresh.meta.duration)
      gridBuilt = false
      if (!grid.hidden) {
        grid.hidden = true
        toggleGrid()
      }
      showProblems(fresh)
      moved()
    }),
  ]
  return () => {
    clearInterval(interval)
    document.removeEventListener('keydown', onKey)
    for (const stop of stops) stop()
    current.destroy()
    next.destroy()
  }
}
