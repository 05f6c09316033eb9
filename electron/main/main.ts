// The desktop app's main process: a thin adapter. It wires the app's lifecycle to windows, menus,
// dialogs and the IPC transport; every decision it takes is a pure function of its own module, and
// everything else is the workspace handlers and exporter that browser mode runs too.
import { BrowserWindow, app, ipcMain, session } from 'electron'
import { join } from 'node:path'
import type { ViewReport } from '../../renderer/core/api/contract'
import { BriefdeckError } from '../../renderer/core/errors'
import { useDiagramPages } from '../node/blocks/diagram-host'
import { paths } from '../node/files/app-paths'
import { setAppMenu } from './app-menu'
import { handleAppProtocol, registerAppScheme } from './app-protocol'
import { handlersForWindow } from './desktop-handlers'
import { createDialogs } from './dialogs'
import { openElectronDiagramPage } from './electron-diagrams'
import { createElectronPrinter } from './electron-printer'
import { FolderSession } from './folder-session'
import { registerIpc } from './ipc'
import { type LaunchRequest, type LaunchTarget, launchTarget, secondInstanceRequest, userArgs } from './launch-target'
import { MainWindowSlot } from './main-window'
import { runMenuAction } from './menu-actions'
import { menuEnablement } from './menu-enablement'
import { applyPermissionPolicy } from './permission-decision'
import { SAMPLES_RESOURCE, defaultFolder, ensureSampleFolder } from './sample-folder'
import { type AppState, loadAppState, rememberFolder, saveAppState } from './window-state'
import { createMainWindow, hardenContents } from './windows'

registerAppScheme()

// What this start-up was asked to open, relative to where it was started: a second instance sends
// exactly this to the first one (Electron's additionalData), so its relative paths resolve there.
const launch: LaunchRequest = { args: userArgs(process.argv), cwd: process.cwd() }
const printer = createElectronPrinter()
// Diagrams are drawn in the app's own Chromium: an installed app needs no browser for them.
useDiagramPages(openElectronDiagramPage)
let state: AppState = { recentFolders: [] }
let folderSession: FolderSession | undefined
/** A file the OS asked to open (macOS `open-file`) before the app was ready: folder and deck. */
let pendingOpen: LaunchTarget | null = null
/** What each page shows (by webContents id), as the page reported it. */
const views = new Map<number, ViewReport>()

const stateFile = (): string => join(app.getPath('userData'), 'state.json')
const persist = (): void => {
  try {
    saveAppState(stateFile(), state)
  } catch {
    // Remembering windows and folders is a convenience; failing to is not worth an error.
  }
}

const mainWindow = new MainWindowSlot((route) => {
  const window = createMainWindow(state.mainWindow, route)
  // Saved synchronously: an asynchronous write begun while the app quits may never land.
  window.on('close', () => {
    state = { ...state, mainWindow: { ...window.getNormalBounds(), maximized: window.isMaximized() } }
    persist()
  })
  return window
})
const dialogs = createDialogs(() => mainWindow.current())

/** The menu follows the focused window's view (menuEnablement), read again when an item is clicked. */
function enablement() {
  const focused = BrowserWindow.getFocusedWindow()
  const view = (focused && views.get(focused.webContents.id)) ?? null
  return { focused, enabled: menuEnablement(view, (deck) => folderSession?.isPresenting(deck) ?? false) }
}

let shownMenu = ''
function refreshMenu(): void {
  // Rebuilt only when something it shows changed: rebuilding closes a menu the user has open.
  const { enabled } = enablement()
  const shown = JSON.stringify([state.recentFolders, enabled])
  if (shown === shownMenu) return
  shownMenu = shown
  setAppMenu(state.recentFolders, enabled, (id) => {
    const now = enablement()
    void runMenuAction(id, { deck: now.enabled.deck, focused: now.focused, session: folderSession, recentFolders: state.recentFolders, mainWindow, dialogs, openFolder })
  })
}

async function openFolder(target: LaunchTarget): Promise<void> {
  await folderSession?.close()
  // A deck selected in the library belonged to the folder being closed.
  for (const [id, view] of views) if (view.view === 'library') views.set(id, { view: 'library', path: null })
  folderSession = new FolderSession(target.folder, printer, { dialogs, progress: (value) => mainWindow.setProgress(value) })
  state = rememberFolder(state, target.folder)
  persist()
  refreshMenu()
  await folderSession.announce()
  if (target.deck) folderSession.presentation(target.deck).open('both')
}

/** The folder to open when asked for none; packaged, the user's own copy of the samples. */
function startFolder(): string {
  let documents: string
  try {
    documents = app.getPath('documents')
  } catch {
    documents = app.getPath('home')
  }
  const folder = defaultFolder({ packaged: app.isPackaged, developmentSlides: paths.slides, documents })
  if (!app.isPackaged) return folder
  try {
    return ensureSampleFolder(join(process.resourcesPath, SAMPLES_RESOURCE), folder)
  } catch (error) {
    dialogs.reportError(new BriefdeckError('E_WRITE', `The sample briefing could not be copied to ${folder}: ${(error as Error).message}`))
    return folder
  }
}

function openRequested(request: LaunchRequest): void {
  mainWindow.show()
  const target = launchTarget(request, app.getAppPath())
  if (target) openFolder(target).catch(dialogs.reportError)
}

if (!app.requestSingleInstanceLock({ ...launch })) {
  app.quit()
} else {
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    openRequested(secondInstanceRequest(argv, workingDirectory, additionalData))
  })
  app.on('open-file', (event, path) => {
    event.preventDefault()
    // Before ready (a double-clicked deck starting the app), the whole path is kept, deck included.
    if (app.isReady()) openRequested({ args: [path], cwd: '/' })
    else pendingOpen = launchTarget({ args: [path], cwd: '/' }, null) ?? pendingOpen
  })
  app.on('web-contents-created', (_event, contents) => {
    hardenContents(contents)
    contents.once('destroyed', () => views.delete(contents.id))
  })
  app.on('browser-window-focus', refreshMenu)
  app.on('browser-window-blur', refreshMenu)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => void mainWindow.show())

  void app.whenReady().then(async () => {
    applyPermissionPolicy(session.defaultSession)
    state = loadAppState(stateFile())
    handleAppProtocol(join(paths.dist, 'app'), () => folderSession?.folder ?? null)
    registerIpc(ipcMain, (event) => {
      if (!folderSession) throw new BriefdeckError('E_INTERNAL', 'no folder is open')
      return handlersForWindow(folderSession.handlers, (report) => {
        views.set(event.sender.id, report)
        refreshMenu()
      })
    })
    const target = pendingOpen ?? launchTarget(launch, app.getAppPath()) ?? { folder: startFolder() }
    mainWindow.show()
    await openFolder(target)
  })
}
