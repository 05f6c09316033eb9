import type { Bounds } from './window-placement'

/** Where a window should end up, and whether full screen there. */
export interface MoveTarget {
  bounds: Bounds
  fullscreen: boolean
}

/**
 * The window mover's states:
 * 1. idle: nothing under way;
 * 2. leaving: full screen was left (macOS does it asynchronously), waiting for `leave-full-screen`;
 * 3. entering: placed, full screen asked for, waiting for `enter-full-screen`.
 * A move asked for during 2 or 3 waits its turn (`next`): moving a window mid-transition is what
 * left macOS windows on the wrong display.
 */
export type MoveState =
  | { phase: 'idle' }
  | { phase: 'leaving'; target: MoveTarget }
  | { phase: 'entering'; next: MoveTarget | null }

export type MoveInput =
  | { type: 'move'; target: MoveTarget; fullScreen: boolean }
  | { type: 'left-full-screen' }
  | { type: 'entered-full-screen' }
  /** The transition's event never came (Windows and Linux may not send it, or send it early). */
  | { type: 'timed-out' }

export type MoveEffect =
  | { type: 'set-full-screen'; on: boolean }
  | { type: 'set-bounds'; bounds: Bounds }
  /** Starts the fallback timer; it is always started before the call that may answer synchronously. */
  | { type: 'start-timer' }
  | { type: 'stop-timer' }

export interface MoveStep {
  state: MoveState
  effects: MoveEffect[]
}

/**
 * One step of moving a window to another display: leave full screen and wait until it is left, then
 * set the bounds, then enter full screen again and wait until it is entered. Pure: the caller applies
 * the effects to the BrowserWindow and feeds back its events.
 */
export function windowMove(state: MoveState, input: MoveInput): MoveStep {
  switch (state.phase) {
    case 'idle':
      return input.type === 'move' ? start(input.target, input.fullScreen) : { state, effects: [] }
    case 'leaving':
      if (input.type === 'move') return { state: { phase: 'leaving', target: input.target }, effects: [] }
      if (input.type === 'left-full-screen' || input.type === 'timed-out') return withStop(place(state.target))
      return { state, effects: [] }
    case 'entering':
      if (input.type === 'move') return { state: { phase: 'entering', next: input.target }, effects: [] }
      if (input.type === 'entered-full-screen' || input.type === 'timed-out') {
        return withStop(state.next ? start(state.next, true) : { state: { phase: 'idle' }, effects: [] })
      }
      return { state, effects: [] }
  }
}

function start(target: MoveTarget, fullScreen: boolean): MoveStep {
  if (!fullScreen) return place(target)
  return { state: { phase: 'leaving', target }, effects: [{ type: 'start-timer' }, { type: 'set-full-screen', on: false }] }
}

function place(target: MoveTarget): MoveStep {
  const effects: MoveEffect[] = [{ type: 'set-bounds', bounds: target.bounds }]
  if (!target.fullscreen) return { state: { phase: 'idle' }, effects }
  return { state: { phase: 'entering', next: null }, effects: [...effects, { type: 'start-timer' }, { type: 'set-full-screen', on: true }] }
}

function withStop(step: MoveStep): MoveStep {
  return { state: step.state, effects: [{ type: 'stop-timer' }, ...step.effects] }
}
