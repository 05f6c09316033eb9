import { describe, expect, it } from 'vitest'
import { type MoveInput, type MoveState, type MoveTarget, windowMove } from '../../../../electron/main/window-move'

const projector: MoveTarget = { bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, fullscreen: true }
const laptop: MoveTarget = { bounds: { x: 0, y: 0, width: 1440, height: 900 }, fullscreen: true }

/** Feeds inputs in order and lists every effect, as the window would receive them. */
function run(inputs: MoveInput[], state: MoveState = { phase: 'idle' }) {
  const effects = inputs.flatMap((input) => {
    const step = windowMove(state, input)
    state = step.state
    return step.effects
  })
  return { state, effects }
}

describe('windowMove: Swap Displays as a state machine', () => {
  it('moves a full-screen window only after it has left full screen (macOS animates leaving)', () => {
    const started = run([{ type: 'move', target: projector, fullScreen: true }])
    expect(started.effects).toEqual([{ type: 'start-timer' }, { type: 'set-full-screen', on: false }])
    expect(started.state.phase).toBe('leaving')
    const left = run([{ type: 'left-full-screen' }], started.state)
    expect(left.effects).toEqual([
      { type: 'stop-timer' }, { type: 'set-bounds', bounds: projector.bounds }, { type: 'start-timer' }, { type: 'set-full-screen', on: true },
    ])
    expect(run([{ type: 'entered-full-screen' }], left.state)).toEqual({ state: { phase: 'idle' }, effects: [{ type: 'stop-timer' }] })
  })

  it('goes on after a timeout where the transition sends no event', () => {
    const { state, effects } = run([{ type: 'move', target: projector, fullScreen: true }, { type: 'timed-out' }, { type: 'timed-out' }])
    expect(effects.filter((e) => e.type !== 'start-timer' && e.type !== 'stop-timer')).toEqual([
      { type: 'set-full-screen', on: false }, { type: 'set-bounds', bounds: projector.bounds }, { type: 'set-full-screen', on: true },
    ])
    expect(state).toEqual({ phase: 'idle' })
  })

  it('places a window that is not full screen at once, and leaves it windowed when asked', () => {
    expect(run([{ type: 'move', target: { ...laptop, fullscreen: false }, fullScreen: false }])).toEqual({
      state: { phase: 'idle' }, effects: [{ type: 'set-bounds', bounds: laptop.bounds }],
    })
  })

  it('makes a second swap during a transition wait its turn, then go to the latest place', () => {
    const { effects, state } = run([
      { type: 'move', target: projector, fullScreen: true },
      { type: 'move', target: laptop, fullScreen: false }, // pressed again while leaving: the target changes
      { type: 'left-full-screen' },
      { type: 'move', target: projector, fullScreen: true }, // and again while entering: queued
      { type: 'entered-full-screen' },
      { type: 'left-full-screen' },
      { type: 'entered-full-screen' },
    ])
    expect(effects.filter((e) => e.type === 'set-bounds')).toEqual([{ type: 'set-bounds', bounds: laptop.bounds }, { type: 'set-bounds', bounds: projector.bounds }])
    expect(state).toEqual({ phase: 'idle' })
  })

  it('ignores full-screen events it did not ask for (the user pressing F11)', () => {
    expect(run([{ type: 'entered-full-screen' }, { type: 'left-full-screen' }, { type: 'timed-out' }])).toEqual({ state: { phase: 'idle' }, effects: [] })
    const leaving = run([{ type: 'move', target: projector, fullScreen: true }]).state
    expect(run([{ type: 'entered-full-screen' }], leaving)).toEqual({ state: leaving, effects: [] })
  })
})
