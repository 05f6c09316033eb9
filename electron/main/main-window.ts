import type { BrowserWindow } from 'electron'

/**
 * The main window (the library), tracked while it is open. Once closed its BrowserWindow is
 * destroyed and every method throws "Object has been destroyed", yet the app goes on (macOS keeps
 * the menu; presentation windows may be open): nothing may call it then.
 */
export class MainWindowSlot {
  private window: BrowserWindow | null = null

  constructor(private readonly create: (route: string) => BrowserWindow) {}

  /** The main window if it is open. */
  current(): BrowserWindow | null {
    return this.window !== null && !this.window.isDestroyed() ? this.window : null
  }

  /** Brings the main window forward, making a new one on `route` if it was closed. */
  show(route = '#/'): BrowserWindow {
    const open = this.current()
    if (open) {
      if (open.isMinimized()) open.restore()
      open.focus()
      return open
    }
    const window = this.create(route)
    this.window = window
    window.on('closed', () => {
      if (this.window === window) this.window = null
    })
    return window
  }

  /** Task bar progress (0–1, 2 indeterminate, -1 none), shown only while the main window is open. */
  setProgress(value: number): void {
    this.current()?.setProgressBar(value)
  }
}
