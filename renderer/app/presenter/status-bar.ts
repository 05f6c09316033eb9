import type { PresentationState } from '../../core/api/contract'
import { formatDuration, pacing } from '../../core/present/pacing'
import { elapsedMs } from '../../core/present/presentation-state'
import { roomStatus } from '../../core/present/room-status'
import { h } from '../shared/dom'

/** What the bar shows, worked out by the presenter view each tick. */
export interface StatusFacts {
  slide: number
  /** The talk's slides (backup slides are not counted). */
  slides: number
  /** B1, B2… when the presenter is on a backup slide. */
  backup: string | null
  /** The slide the audience sees (reading order), when it differs (frozen). */
  audienceSlide: number
  /** The slide the talk timer started on (reading order): pacing measures from there. */
  clockSlide: number
  /** Fragment step on this slide (1-based) and how many there are; 0 of 0 without fragments. */
  step: number
  steps: number
  budgets: readonly number[] | null
  state: PresentationState
  serverNow: number
  /** In a rehearsal: this slide's planned seconds and its time in the last one. */
  rehearsal: { planned: number | null; last: number | null } | null
}

/**
 * The presenter's one-line bar: slide n of N and the build step, elapsed time, time on this slide,
 * pacing against the plan, the wall clock; then what the room sees (slides, black, white, overview,
 * frozen), which stays whole on the narrowest screen while the rest gives way.
 */
export function statusBar() {
  const counter = h('span', { class: 'bd-counter' })
  const elapsed = h('span', { class: 'bd-elapsed', title: 'Elapsed talk time' })
  const onSlide = h('span', { class: 'bd-on-slide', title: 'Time on this slide' })
  const pace = h('span', { class: 'bd-pace' })
  const clock = h('span', { class: 'bd-clock', title: 'Time of day' })
  const room = h('span', { class: 'bd-room', role: 'status' })
  const element = h('header', { class: 'bd-bar bd-presenter-bar' }, counter, elapsed, onSlide, pace, h('span', { class: 'bd-spacer' }), room, clock)
  return {
    element,
    show(facts: StatusFacts): void {
      const { state } = facts
      const where = facts.backup ? `Backup ${facts.backup}` : `Slide ${facts.slide + 1} of ${facts.slides}`
      counter.textContent = `${where}${facts.steps > 0 ? ` · step ${facts.step} of ${facts.steps}` : ''}`
      const seconds = elapsedMs(state.clock, facts.serverNow) / 1000
      const paused = state.clock.startedAt === null && state.clock.banked > 0
      elapsed.textContent = paused ? `${formatDuration(seconds)} paused` : formatDuration(seconds)
      elapsed.dataset.running = String(state.clock.startedAt !== null)
      const here = Math.max(0, (facts.serverNow - state.slideSince) / 1000)
      onSlide.textContent = facts.rehearsal
        ? `this slide ${formatDuration(here)} · plan ${facts.rehearsal.planned === null ? '—' : formatDuration(facts.rehearsal.planned)} · last ${facts.rehearsal.last === null ? '—' : formatDuration(facts.rehearsal.last)}`
        : `this slide ${formatDuration(here)}`
      // Pacing means something once the talk has begun: before that, every slide is "ahead".
      const begun = state.clock.startedAt !== null || state.clock.banked > 0
      const p = facts.budgets && begun ? pacing(facts.budgets, facts.slide, seconds, facts.clockSlide) : null
      pace.textContent = p === null ? '' : p.status === 'on time' ? 'on time' : `${formatDuration(p.delta)} ${p.status}`
      pace.dataset.status = p?.status ?? ''
      clock.textContent = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
      room.dataset.screen = state.screen
      room.dataset.frozen = String(state.frozen)
      room.dataset.overview = String(state.overview)
      room.textContent = roomStatus(state, facts.audienceSlide + 1)
    },
  }
}
