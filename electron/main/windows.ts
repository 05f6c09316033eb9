import { BrowserWindow, type WebContents, screen, shell } from 'electron'
import { join } from 'node:path'
import { paths } from '../node/files/app-paths'
import { isSafeExternalUrl } from './external-links'
import { APP_ORIGIN } from './protocol-path'
import { type Bounds, isOnScreen, placePresentation } from './window-placement'

const PRELOAD = join(paths.dist, 'preload.cjs')


/**
 * Locks down a page: no navigation away from the app, no new windows (a safe http(s) link opens in
 * the system browser instead), no <webview>.
 */
export function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

function appWindow(options: Electron.BrowserWindowConstructorOptions, hash: string): BrowserWindow {
  // Electron's security checklist, written out where the window is made (and where audits read it).
  const window = new BrowserWindow({
    ...options,
    show: false,
    backgroundColor: '#fbfaf6',
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      webviewTag: false,
      spellcheck: false,
      // No middle-click opening links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  })
  hardenContents(window.webContents)
  window.once('ready-to-show', () => window.show())
  void window.loadURL(`${APP_ORIGIN}/index.html${hash}`)
  return window
}

/** The main window (library), at its remembered place if that is still on a screen. */
export function createMainWindow(saved: (Bounds & { maximized?: boolean }) | undefined): BrowserWindow {
  const usable = saved && isOnScreen(saved, screen.getAllDisplays())
  const window = appWindow({ width: usable ? saved.width : 1280, height: usable ? saved.height : 820, x: usable ? saved.x : undefined, y: usable ? saved.y : undefined, minWidth: 720, minHeight: 480, title: 'Briefdeck' }, '#/')
  if (usable && saved.maximized) window.maximize()
  return window
}

/** The presentation's two windows; `swap` moves each to the other's display. */
export class Presentation {
  private audience: BrowserWindow | null = null
  private presenter: BrowserWindow | null = null
  private swapped = false

  constructor(readonly path: string) {}

  open(view: 'present' | 'presenter' | 'both'): void {
    const placement = placePresentation(screen.getAllDisplays(), screen.getPrimaryDisplay().id, this.swapped)
    const hash = (v: string) => `#/${v}/${encodeURIComponent(this.path)}`
    if ((view === 'present' || view === 'both') && !alive(this.audience)) {
      this.audience = appWindow({ ...placement.audience.bounds, title: 'Briefdeck — audience' }, hash('present'))
      if (placement.audience.fullscreen) this.audience.once('ready-to-show', () => this.audience?.setFullScreen(true))
    }
    if ((view === 'presenter' || view === 'both') && !alive(this.presenter)) {
      this.presenter = appWindow({ ...placement.presenter.bounds, title: 'Briefdeck — presenter' }, hash('presenter'))
    }
    ;(view === 'present' ? this.audience : this.presenter)?.focus()
  }

  swap(): void {
    this.swapped = !this.swapped
    const placement = placePresentation(screen.getAllDisplays(), screen.getPrimaryDisplay().id, this.swapped)
    if (alive(this.audience)) {
      this.audience.setFullScreen(false)
      this.audience.setBounds(placement.audience.bounds)
      if (placement.audience.fullscreen) this.audience.setFullScreen(true)
    }
    if (alive(this.presenter)) this.presenter.setBounds(placement.presenter.bounds)
  }

  close(): void {
    for (const window of [this.audience, this.presenter]) if (alive(window)) window.close()
  }
}

function alive(window: BrowserWindow | null): window is BrowserWindow {
  return window !== null && !window.isDestroyed()
}
