import { describe, expect, it } from 'vitest'
import { type DisplayInfo, isOnScreen, placePresentation } from '../../../../electron/main/window-placement'

const laptop: DisplayInfo = { id: 1, internal: true, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 } }
const projector: DisplayInfo = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1080 } }
const small: DisplayInfo = { id: 3, bounds: { x: -800, y: 0, width: 800, height: 600 }, workArea: { x: -800, y: 0, width: 800, height: 600 } }

describe('placePresentation', () => {
  it('puts the audience full screen on the external display and the presenter on the laptop', () => {
    expect(placePresentation([laptop, projector], 1)).toEqual({
      audience: { bounds: projector.bounds, fullscreen: true, displayId: 2 },
      presenter: { bounds: laptop.workArea, displayId: 1 },
    })
  })

  it('finds the laptop even when the projector is primary, and picks the largest external display', () => {
    expect(placePresentation([projector, small, laptop], 2).audience.displayId).toBe(2)
    expect(placePresentation([projector, small, laptop], 2).presenter.displayId).toBe(1)
  })

  it('swaps the displays on request', () => {
    const swapped = placePresentation([laptop, projector], 1, true)
    expect([swapped.audience.displayId, swapped.presenter.displayId]).toEqual([1, 2])
  })

  it('with one display, gives the presenter the screen and leaves the audience in a window', () => {
    const one = placePresentation([laptop], 1)
    expect(one.presenter.bounds).toEqual(laptop.workArea)
    expect(one.audience.fullscreen).toBe(false)
    expect(isOnScreen(one.audience.bounds, [laptop])).toBe(true)
  })
})

describe('isOnScreen', () => {
  it('keeps remembered bounds only when enough of the window is visible', () => {
    expect(isOnScreen({ x: 100, y: 100, width: 800, height: 600 }, [laptop])).toBe(true)
    expect(isOnScreen({ x: 3000, y: 100, width: 800, height: 600 }, [laptop])).toBe(false)
    expect(isOnScreen({ x: 1400, y: 100, width: 800, height: 600 }, [laptop])).toBe(false)
  })
})
