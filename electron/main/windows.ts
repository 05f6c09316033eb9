import { BrowserWindow, type WebContents, dialog, screen, shell } from 'electron'
import { join } from 'node:path'
import { paths } from '../node/files/app-paths'
import { navigationDecision } from './navigation-decision'
import { APP_ORIGIN } from './protocol-path'
import { LEAVE_PROMPT, guardUnload } from './unload-prompt'
import { type Bounds, isOnScreen } from './window-placement'

const PRELOAD = join(paths.dist, 'preload.cjs')

/**
 * Locks down a page: no navigation away from the app and no new windows (a safe http(s) link, clicked
 * or opened in a new tab, goes to the system browser instead), no redirects out, no <webview>.
 */
export function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (navigationDecision(url) === 'external') void shell.openExternal(url)
    return { action: 'deny' }
  })
  // A plain click on a link in a slide arrives here, not at the window-open handler.
  contents.on('will-navigate', (event, url) => {
    const decision = navigationDecision(url)
    if (decision === 'allow') return
    event.preventDefault()
    if (decision === 'external') void shell.openExternal(url)
  })
  contents.on('will-redirect', (event, url) => {
    if (navigationDecision(url) !== 'allow') event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** An app page in a new window, with Electron's security checklist written out where audits read it. */
export function appWindow(options: Electron.BrowserWindowConstructorOptions, hash: string): BrowserWindow {
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
  guardUnload(window.webContents, () => dialog.showMessageBoxSync(window, { ...LEAVE_PROMPT, buttons: [...LEAVE_PROMPT.buttons] }))
  window.once('ready-to-show', () => window.show())
  void window.loadURL(`${APP_ORIGIN}/index.html${hash}`)
  return window
}

/** The main window (library), at its remembered place if that is still on a screen. */
export function createMainWindow(saved: (Bounds & { maximized?: boolean }) | undefined, route = '#/'): BrowserWindow {
  const usable = saved && isOnScreen(saved, screen.getAllDisplays())
  const window = appWindow({ width: usable ? saved.width : 1280, height: usable ? saved.height : 820, x: usable ? saved.x : undefined, y: usable ? saved.y : undefined, minWidth: 720, minHeight: 480, title: 'Briefdeck' }, route)
  if (usable && saved.maximized) window.maximize()
  return window
}
