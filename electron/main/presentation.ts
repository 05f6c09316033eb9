import { type BrowserWindow, screen } from 'electron'
import { placePresentation } from './window-placement'
import { appWindow } from './windows'
import { WindowMover } from './window-mover'

type View = 'present' | 'presenter'

/** A deck's two presentation windows; `swap` moves each to the other's display. */
export class Presentation {
  private readonly windows = new Map<View, { window: BrowserWindow; mover: WindowMover }>()
  private swapped = false

  constructor(readonly path: string) {}

  open(view: View | 'both'): void {
    const placement = this.placement()
    const wanted: View[] = view === 'both' ? ['present', 'presenter'] : [view]
    for (const each of wanted) {
      if (this.alive(each)) continue
      const bounds = each === 'present' ? placement.audience.bounds : placement.presenter.bounds
      const window = appWindow({ ...bounds, title: each === 'present' ? 'Briefdeck — audience' : 'Briefdeck — presenter' }, `#/${each}/${encodeURIComponent(this.path)}`)
      if (each === 'present' && placement.audience.fullscreen) window.once('ready-to-show', () => window.setFullScreen(true))
      this.windows.set(each, { window, mover: new WindowMover(window) })
    }
    this.alive(view === 'present' ? 'present' : 'presenter')?.window.focus()
  }

  /** Whether any of its windows is still open (Swap Displays applies). */
  isOpen(): boolean {
    return this.alive('present') !== null || this.alive('presenter') !== null
  }

  swap(): void {
    this.swapped = !this.swapped
    const placement = this.placement()
    // Each window leaves full screen and is moved only once it has (macOS animates it).
    this.alive('present')?.mover.moveTo({ bounds: placement.audience.bounds, fullscreen: placement.audience.fullscreen })
    this.alive('presenter')?.mover.moveTo({ bounds: placement.presenter.bounds, fullscreen: false })
  }

  close(): void {
    for (const view of ['present', 'presenter'] as const) this.alive(view)?.window.close()
  }

  private alive(view: View) {
    const entry = this.windows.get(view)
    return entry && !entry.window.isDestroyed() ? entry : null
  }

  private placement() {
    return placePresentation(screen.getAllDisplays(), screen.getPrimaryDisplay().id, this.swapped)
  }
}
