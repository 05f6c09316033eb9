// The desktop app's main process: a thin adapter. Windows, menus, dialogs and the IPC transport live
// here; everything else is the workspace handlers and exporter that browser mode uses too.
import { BrowserWindow, Menu, type MenuItemConstructorOptions, type MessageBoxOptions, type OpenDialogOptions, type SaveDialogOptions, app, dialog, ipcMain, session, shell } from 'electron'
import { existsSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { type EventName, type Events, type Handlers, IPC_EVENT, type PdfLayout, defaultPdfSize } from '../../renderer/core/api/contract'
import { isDeckFile } from '../../renderer/core/deck/deck-files'
import { BriefdeckError } from '../../renderer/core/errors'
import { paths } from '../node/files/app-paths'
import { type ExportKind, type Workspace, createWorkspace } from '../node/workspace/workspace'
import { handleAppProtocol, registerAppScheme } from './app-protocol'
import { desktopHandlers } from './desktop-handlers'
import { createElectronPrinter } from './electron-printer'
import { registerIpc } from './ipc'
import { type MenuItem, menuTemplate } from './menu-template'
import { APP_SCHEME } from './protocol-path'
import { type AppState, loadAppState, rememberFolder, saveAppState } from './window-state'
import { Presentation, createMainWindow, hardenContents } from './windows'

registerAppScheme()

const printer = createElectronPrinter()
let state: AppState = { recentFolders: [] }
let folder = defaultFolder()
let workspace: Workspace | undefined
let handlers: Handlers | undefined
let mainWindow: BrowserWindow | null = null
let currentDeck: string | null = null
const presentations = new Map<string, Presentation>()

function defaultFolder(): string {
  return app.isPackaged ? join(process.resourcesPath, 'slides') : paths.slides
}

/** A folder or a .md deck given on the command line or by the OS ("Open with Briefdeck"). */
function fromArgs(argv: readonly string[]): { folder: string; deck?: string } | null {
  for (const arg of [...argv].reverse()) {
    if (arg.startsWith('-') || !existsSync(arg)) continue
    const full = resolve(arg)
    if (statSync(full).isDirectory()) return { folder: full }
    if (isDeckFile(full)) return { folder: dirname(full), deck: basename(full) }
  }
  return null
}

function broadcast<E extends EventName>(event: E, payload: Events[E]): void {
  for (const window of BrowserWindow.getAllWindows()) if (!window.isDestroyed()) window.webContents.send(IPC_EVENT, event, payload)
}

async function openFolder(next: string, deck?: string): Promise<void> {
  await workspace?.close()
  for (const presentation of presentations.values()) presentation.close()
  presentations.clear()
  folder = next
  workspace = createWorkspace({
    folder,
    printer,
    fileUrl: (path) => `${APP_SCHEME}://files/${path.split('/').map(encodeURIComponent).join('/')}`,
    exportTarget: async (name, layout) => {
      const file = await chooseExportFile(name, layout)
      return { file, location: file }
    },
  })
  workspace.subscribe(broadcast)
  workspace.subscribe((event, payload) => {
    // In the task bar too, wherever the export was started.
    if (event === 'export.progressed' && (payload as Events['export.progressed']).stage === 'compile') {
      const progress = payload as Events['export.progressed']
      mainWindow?.setProgressBar(progress.done / (progress.total + 1))
    }
  })
  handlers = desktopHandlers(workspace, {
    openWindow: (view, path) => presentationOf(path).open(view),
    deckOpened: (path) => {
      currentDeck = path
      buildMenu()
    },
    exporting: (running) => mainWindow?.setProgressBar(running ? 2 : -1),
    exported: (result) => void messageBox({
      type: 'info', message: `Exported ${result.pages} pages to ${basename(result.location)}`, buttons: ['Show in folder', 'OK'], defaultId: 0,
    }).then(({ response }) => response === 0 && shell.showItemInFolder(result.location)),
  })
  state = rememberFolder(state, folder)
  void saveAppState(state).catch(() => {})
  currentDeck = deck ?? null
  buildMenu()
  broadcast('library.changed', (await handlers['library.list']({}).catch(() => [])).map((summary) => ({ ...summary, css: '' })))
  if (deck) presentationOf(deck).open('both')
}

function presentationOf(path: string): Presentation {
  let presentation = presentations.get(path)
  if (!presentation) {
    presentation = new Presentation(path)
    presentations.set(path, presentation)
  }
  return presentation
}

/** Asks where to save an export; closing the dialog cancels it. */
async function chooseExportFile(name: string, kind: ExportKind): Promise<string> {
  const choice = await saveDialog({
    title: kind === 'handout' ? 'Export Handout PDF' : kind === 'rehearsals' ? 'Export Rehearsal Report' : 'Export PDF',
    defaultPath: join(app.getPath('documents'), `${name}${kind === 'handout' ? '-handout' : ''}.pdf`),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  })
  if (choice.canceled || !choice.filePath) throw new BriefdeckError('E_CANCELLED', 'export cancelled')
  return choice.filePath
}

/** A menu export: the same handler as the window's Export buttons. */
function exportFromMenu(path: string | null, layout: PdfLayout): void {
  handlers?.['export.pdf']({ path, layout, size: defaultPdfSize(layout) }).catch(reportError)
}

/** File › New Deck…: the library asks for the title and names the file, as in browser mode. */
function newDeck(): void {
  showMainWindow()
  mainWindow?.webContents.send(IPC_EVENT, 'app.command', { command: 'new-deck' })
}

const ACTIONS: Record<string, () => void | Promise<void>> = {
  'new-deck': newDeck,
  'open-folder': async () => {
    const choice = await openDialog({ title: 'Open Folder', properties: ['openDirectory'] })
    if (!choice.canceled && choice.filePaths[0]) await openFolder(choice.filePaths[0])
  },
  save: () => BrowserWindow.getFocusedWindow()?.webContents.send(IPC_EVENT, 'app.command', { command: 'save' }),
  'export-slides': () => exportFromMenu(currentDeck, 'slides'),
  'export-handout': () => exportFromMenu(currentDeck, 'handout'),
  'export-book': () => exportFromMenu(null, 'slides'),
  'start-presentation': () => {
    if (currentDeck !== null) presentationOf(currentDeck).open('both')
  },
  'presenter-view': () => {
    if (currentDeck !== null) presentationOf(currentDeck).open('presenter')
  },
  'swap-displays': () => {
    if (currentDeck !== null) presentationOf(currentDeck).swap()
  },
  help: () => void shell.openExternal('https://revealjs.com/markdown/'),
}

/** Dialogs attach to the main window when it is open (sheets on macOS), else stand alone. */
const parent = (): BrowserWindow | null => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null)
const saveDialog = (options: SaveDialogOptions) => {
  const window = parent()
  return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)
}
const openDialog = (options: OpenDialogOptions) => {
  const window = parent()
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options)
}
const messageBox = (options: MessageBoxOptions) => {
  const window = parent()
  return window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options)
}

function reportError(error: unknown): void {
  if (error instanceof BriefdeckError && error.code === 'E_CANCELLED') return
  void messageBox({ type: 'error', message: (error as Error).message })
}

function buildMenu(): void {
  const toElectron = (items: MenuItem[]): MenuItemConstructorOptions[] => items.map((item) => {
    const { submenu, ...rest } = item
    const id = item.id
    // Ids stay on the Electron items too: Menu.getMenuItemById() finds them (the e2e test clicks them).
    const options = { ...rest } as MenuItemConstructorOptions
    if (submenu) options.submenu = toElectron(submenu)
    if (id?.startsWith('recent:')) options.click = () => void openFolder(state.recentFolders[Number(id.slice(7))])
    else if (id) options.click = () => void ACTIONS[id]?.()
    return options
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(toElectron(menuTemplate({
    platform: process.platform, appName: app.name, recentFolders: state.recentFolders, hasDeck: currentDeck !== null, development: !app.isPackaged,
  }))))
}

function showMainWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
    return
  }
  mainWindow = createMainWindow(state.mainWindow)
  mainWindow.on('close', () => {
    if (!mainWindow) return
    state = { ...state, mainWindow: { ...mainWindow.getNormalBounds(), maximized: mainWindow.isMaximized() } }
    void saveAppState(state).catch(() => {})
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', (_event, argv) => {
    showMainWindow()
    const target = fromArgs(argv)
    if (target) void openFolder(target.folder, target.deck)
  })
  app.on('open-file', (event, path) => {
    event.preventDefault()
    if (app.isReady()) void openFolder(dirname(path), basename(path))
    else folder = dirname(path)
  })
  app.on('web-contents-created', (_event, contents) => hardenContents(contents))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => showMainWindow())

  void app.whenReady().then(async () => {
    // Decks ask for nothing: camera, microphone, notifications, geolocation… are all refused.
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
    session.defaultSession.setPermissionCheckHandler(() => false)
    state = loadAppState()
    handleAppProtocol(join(paths.dist, 'app'), () => folder)
    registerIpc(ipcMain, () => {
      if (!handlers) throw new BriefdeckError('E_INTERNAL', 'no folder is open')
      return handlers
    })
    const target = fromArgs(process.argv.slice(app.isPackaged ? 1 : 2))
    showMainWindow()
    await openFolder(target?.folder ?? folder, target?.deck)
  })
}
