import { type BrowserWindow, shell } from 'electron'
import { IPC_EVENT, type PdfLayout, defaultPdfSize } from '../../renderer/core/api/contract'
import type { Dialogs } from './dialogs'
import type { FolderSession } from './folder-session'
import type { LaunchTarget } from './launch-target'
import type { MainWindowSlot } from './main-window'

/** What a menu command may act on, read when it is clicked. */
export interface ActionContext {
  /** The deck the focused window shows or has selected (menuEnablement's). */
  deck: string | null
  focused: BrowserWindow | null
  session: FolderSession | undefined
  recentFolders: string[]
  mainWindow: MainWindowSlot
  dialogs: Dialogs
  openFolder(target: LaunchTarget): Promise<void>
}

type Action = (context: ActionContext) => void | Promise<void>

const exportDeck = (layout: PdfLayout, book = false): Action => ({ deck, session, dialogs }) => {
  if (!session || (!book && deck === null)) return
  session.handlers['export.pdf']({ path: book ? null : deck, layout, size: defaultPdfSize(layout) }).catch(dialogs.reportError)
}

const present = (view: 'both' | 'presenter'): Action => ({ deck, session }) => {
  if (session && deck !== null) session.presentation(deck).open(view)
}

/** The menu's commands by item id (menuTemplate's ids). */
const ACTIONS: Record<string, Action> = {
  // File › New Deck…: the library asks for the title and names the file, as in browser mode.
  'new-deck': ({ mainWindow }) => {
    const open = mainWindow.current()
    if (open) {
      mainWindow.show()
      open.webContents.send(IPC_EVENT, 'app.command', { command: 'new-deck' })
    } else {
      mainWindow.show('#/new')
    }
  },
  'open-folder': async ({ dialogs, openFolder }) => {
    const choice = await dialogs.open({ title: 'Open Folder', properties: ['openDirectory'] })
    if (!choice.canceled && choice.filePaths[0]) await openFolder({ folder: choice.filePaths[0] })
  },
  save: ({ focused }) => focused?.webContents.send(IPC_EVENT, 'app.command', { command: 'save' }),
  'export-slides': exportDeck('slides'),
  'export-handout': exportDeck('handout'),
  'export-book': exportDeck('slides', true),
  'start-presentation': present('both'),
  'presenter-view': present('presenter'),
  'swap-displays': ({ deck, session }) => {
    if (session && deck !== null) session.presentation(deck).swap()
  },
  help: () => void shell.openExternal('https://revealjs.com/markdown/'),
}

/** Runs the command of a menu item; `recent:<n>` opens the n-th recent folder. */
export async function runMenuAction(id: string, context: ActionContext): Promise<void> {
  try {
    if (id.startsWith('recent:')) {
      const folder = context.recentFolders[Number(id.slice('recent:'.length))]
      if (folder) await context.openFolder({ folder })
      return
    }
    await ACTIONS[id]?.(context)
  } catch (error) {
    context.dialogs.reportError(error)
  }
}
