/** Where a presentation is: reveal.js's horizontal, vertical and fragment indices (f = -1 before the first fragment). */
export interface SlidePosition {
  h: number
  v: number
  f: number
}

/** What the room's screen shows: the slides, or a black or white screen (the presenter is talking). */
export const SCREENS = ['slides', 'black', 'white'] as const
export type Screen = (typeof SCREENS)[number]

/** The talk's stopwatch, in server milliseconds: it survives a reload of any window. */
export interface TalkClock {
  /** Server time it was last started, or null when stopped. */
  startedAt: number | null
  /** Milliseconds run before that start. */
  banked: number
  /**
   * The slide the stopwatch first started on (null until it does): the talk's plan is measured from
   * there, since the time spent on the slides before it was never counted.
   */
  startedOn: SlidePosition | null
}

/**
 * One deck's presentation, shared by every view of it (audience windows, the presenter, phones):
 * the server keeps it, every change goes through `changePresentation`, and views show it.
 */
export interface PresentationState {
  /** Where the presenter is. */
  presenter: SlidePosition
  /** What the room sees: the presenter's slide, unless the audience is frozen on another. */
  audience: SlidePosition
  screen: Screen
  /** The audience stays where it is while the presenter browses; unfreezing ("Show") brings it to the presenter. */
  frozen: boolean
  /** reveal.js's overview on the audience's screens. */
  overview: boolean
  clock: TalkClock
  /** Server time the presenter arrived on the current slide (its "time on this slide"). */
  slideSince: number
  /** Whether this deck was presented since the server started (Resume is offered only then). */
  started: boolean
  /** Server time when this state was sent, so a view can tell its clock's offset. */
  now: number
}

/** What a view asks for. `move` comes from the presenter or from an audience view (a clicker on the projector's laptop). */
export type PresentationChange =
  | { type: 'move'; position: SlidePosition; from: 'presenter' | 'audience' }
  | { type: 'screen'; screen: Screen }
  | { type: 'freeze'; frozen: boolean }
  | { type: 'overview'; open: boolean }
  | { type: 'clock'; action: 'start' | 'pause' | 'reset' }
  /** Present from the first slide (PowerPoint's F5): first slide, slides on screen, nothing frozen, stopwatch at zero. */
  | { type: 'start' }

export const CHANGE_TYPES = ['move', 'screen', 'freeze', 'overview', 'clock', 'start'] as const satisfies ReadonlyArray<PresentationChange['type']>

const FIRST: SlidePosition = { h: 0, v: 0, f: -1 }

/** A presentation nobody has started: the first slide, the slides on screen, the stopwatch at zero. */
export function initialPresentation(now: number): PresentationState {
  return { presenter: FIRST, audience: FIRST, screen: 'slides', frozen: false, overview: false, clock: { startedAt: null, banked: 0, startedOn: null }, slideSince: now, started: false, now }
}

/**
 * The state after a change, at server time `now`. The stopwatch starts by itself on the first
 * advance past the first slide (or with Start), and runs until paused or reset.
 */
export function changePresentation(state: PresentationState, change: PresentationChange, now: number): PresentationState {
  const next = { ...state, now }
  switch (change.type) {
    case 'start':
      return { ...initialPresentation(now), started: true }
    case 'move': {
      const moved = change.from === 'presenter' || !state.frozen
      const presenter = moved ? change.position : state.presenter
      const audience = change.from === 'audience' || !state.frozen ? change.position : state.audience
      const slideSince = presenter.h !== state.presenter.h || presenter.v !== state.presenter.v ? now : state.slideSince
      const clock = isAtStart(presenter) || isRunningOrUsed(state.clock) ? state.clock : { startedAt: now, banked: 0, startedOn: presenter }
      return { ...next, presenter, audience, slideSince, clock, started: true }
    }
    case 'screen':
      return { ...next, screen: change.screen }
    case 'freeze':
      return { ...next, frozen: change.frozen, audience: change.frozen ? state.audience : state.presenter }
    case 'overview':
      return { ...next, overview: change.open }
    case 'clock':
      return { ...next, clock: changeClock(state.clock, change.action, now, state.presenter) }
  }
}

function changeClock(clock: TalkClock, action: 'start' | 'pause' | 'reset', now: number, presenter: SlidePosition): TalkClock {
  if (action === 'reset') return { startedAt: null, banked: 0, startedOn: null }
  if (action === 'start') return clock.startedAt === null ? { ...clock, startedAt: now, startedOn: clock.startedOn ?? presenter } : clock
  return clock.startedAt === null ? clock : { ...clock, startedAt: null, banked: clock.banked + (now - clock.startedAt) }
}

/** Milliseconds the talk has run at server time `now`, pauses excluded. */
export function elapsedMs(clock: TalkClock, now: number): number {
  return clock.banked + (clock.startedAt === null ? 0 : Math.max(0, now - clock.startedAt))
}

function isAtStart(position: SlidePosition): boolean {
  return position.h === 0 && position.v === 0 && position.f < 0
}

function isRunningOrUsed(clock: TalkClock): boolean {
  return clock.startedAt !== null || clock.banked > 0
}
