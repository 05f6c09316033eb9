/** A display as Electron's `screen` module describes it (only what placement needs). */
export interface DisplayInfo {
  id: number
  bounds: { x: number; y: number; width: number; height: number }
  workArea: { x: number; y: number; width: number; height: number }
  internal?: boolean
}

export type Bounds = DisplayInfo['workArea']

export interface Placement {
  /** Where the audience view goes, and whether it goes full screen there. */
  audience: { bounds: Bounds; fullscreen: boolean; displayId: number }
  presenter: { bounds: Bounds; displayId: number }
}

/**
 * Where to put the audience and presenter windows: the audience full screen on the external
 * display (the projector), the presenter on the laptop's own screen, as PowerPoint does. With one
 * display the presenter view fills it and the audience view waits in a window, to be dragged to a
 * projector plugged in later. `swap` exchanges the two displays.
 */
export function placePresentation(displays: readonly DisplayInfo[], primaryId: number, swap = false): Placement {
  if (displays.length === 0) throw new Error('no display')
  const laptop = displays.find((d) => d.internal) ?? displays.find((d) => d.id === primaryId) ?? displays[0]
  const external = displays.filter((d) => d.id !== laptop.id).sort((a, b) => area(b) - area(a))[0]
  if (!external) {
    const work = laptop.workArea
    const small = { x: work.x + Math.round(work.width * 0.1), y: work.y + Math.round(work.height * 0.1), width: Math.round(work.width * 0.6), height: Math.round(work.height * 0.6) }
    return { presenter: { bounds: work, displayId: laptop.id }, audience: { bounds: small, fullscreen: false, displayId: laptop.id } }
  }
  const [speaker, room] = swap ? [external, laptop] : [laptop, external]
  return {
    audience: { bounds: room.bounds, fullscreen: true, displayId: room.id },
    presenter: { bounds: speaker.workArea, displayId: speaker.id },
  }
}

function area(display: DisplayInfo): number {
  return display.bounds.width * display.bounds.height
}

/**
 * Whether saved window bounds are still visible on some display (a monitor may be gone since);
 * at least 100×50 pixels of the window must be on screen.
 */
export function isOnScreen(bounds: Bounds, displays: readonly DisplayInfo[]): boolean {
  return displays.some(({ workArea: w }) => {
    const width = Math.min(bounds.x + bounds.width, w.x + w.width) - Math.max(bounds.x, w.x)
    const height = Math.min(bounds.y + bounds.height, w.y + w.height) - Math.max(bounds.y, w.y)
    return width >= 100 && height >= 50
  })
}
