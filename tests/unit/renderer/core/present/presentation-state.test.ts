import { describe, expect, it } from 'vitest'
import {
  type PresentationChange, type PresentationState, changePresentation, elapsedMs, initialPresentation,
} from '../../../../../renderer/core/present/presentation-state'

const at = (h: number, v = 0, f = -1) => ({ h, v, f })
const run = (state: PresentationState, ...steps: Array<[PresentationChange, number]>) => steps.reduce((s, [change, now]) => changePresentation(s, change, now), state)
const start = initialPresentation(1000)

describe('the shared presentation', () => {
  it('moves the room with the presenter, and both with a clicker on the audience’s laptop', () => {
    const moved = run(start, [{ type: 'move', position: at(2), from: 'presenter' }, 2000])
    expect([moved.presenter, moved.audience]).toEqual([at(2), at(2)])
    const clicked = run(moved, [{ type: 'move', position: at(3), from: 'audience' }, 3000])
    expect([clicked.presenter, clicked.audience]).toEqual([at(3), at(3)])
  })

  it('freezes the audience while the presenter browses, and Show brings it to the presenter', () => {
    const frozen = run(start, [{ type: 'move', position: at(1), from: 'presenter' }, 1], [{ type: 'freeze', frozen: true }, 2], [{ type: 'move', position: at(5), from: 'presenter' }, 3])
    expect([frozen.presenter, frozen.audience]).toEqual([at(5), at(1)])
    const shown = run(frozen, [{ type: 'freeze', frozen: false }, 4])
    expect([shown.presenter, shown.audience, shown.frozen]).toEqual([at(5), at(5), false])
  })

  it('blacks and whitens the screen, and opens the overview, for every view', () => {
    expect(run(start, [{ type: 'screen', screen: 'black' }, 1]).screen).toBe('black')
    expect(run(start, [{ type: 'screen', screen: 'white' }, 1], [{ type: 'screen', screen: 'slides' }, 2]).screen).toBe('slides')
    expect(run(start, [{ type: 'overview', open: true }, 1]).overview).toBe(true)
  })

  it('starts the stopwatch on the first advance, not when a view opens, and keeps it on the server clock', () => {
    expect(elapsedMs(start.clock, 60_000)).toBe(0)
    const advanced = run(start, [{ type: 'move', position: at(0, 0, 0), from: 'presenter' }, 10_000])
    expect(elapsedMs(advanced.clock, 70_000)).toBe(60_000)
    const paused = run(advanced, [{ type: 'clock', action: 'pause' }, 20_000], [{ type: 'move', position: at(2), from: 'presenter' }, 30_000])
    expect(elapsedMs(paused.clock, 90_000)).toBe(10_000)
    expect(elapsedMs(run(paused, [{ type: 'clock', action: 'reset' }, 95_000]).clock, 99_000)).toBe(0)
  })

  it('records the slide the stopwatch started on, for pacing: the first advance, or where Start was pressed', () => {
    expect(start.clock.startedOn).toBeNull()
    const advanced = run(start, [{ type: 'move', position: at(1), from: 'presenter' }, 10])
    expect(advanced.clock.startedOn).toEqual(at(1))
    const pausedAndResumed = run(advanced, [{ type: 'move', position: at(3), from: 'presenter' }, 20], [{ type: 'clock', action: 'pause' }, 30], [{ type: 'clock', action: 'start' }, 40])
    expect(pausedAndResumed.clock.startedOn).toEqual(at(1))
    const startedByHand = run(start, [{ type: 'move', position: at(4), from: 'audience' }, 1], [{ type: 'clock', action: 'reset' }, 2], [{ type: 'clock', action: 'start' }, 3])
    expect(startedByHand.clock.startedOn).toEqual(at(4))
    expect(run(advanced, [{ type: 'clock', action: 'reset' }, 50]).clock.startedOn).toBeNull()
  })

  it('counts time on the current slide from arriving there, not from a fragment step', () => {
    const onSlide = run(start, [{ type: 'move', position: at(1), from: 'presenter' }, 5000], [{ type: 'move', position: at(1, 0, 0), from: 'presenter' }, 9000])
    expect(onSlide.slideSince).toBe(5000)
  })

  it('presents from the first slide with a fresh stopwatch on start, and remembers it was started', () => {
    const later = run(start, [{ type: 'move', position: at(4), from: 'presenter' }, 2], [{ type: 'screen', screen: 'black' }, 3], [{ type: 'freeze', frozen: true }, 4])
    const restarted = run(later, [{ type: 'start' }, 10])
    expect(restarted).toMatchObject({ presenter: at(0), audience: at(0), screen: 'slides', frozen: false, started: true })
    expect(elapsedMs(restarted.clock, 100)).toBe(0)
    expect(start.started).toBe(false)
  })
})
