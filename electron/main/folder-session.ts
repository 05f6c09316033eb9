import { BrowserWindow, shell } from 'electron'
import { basename } from 'node:path'
import { type EventName, type Events, type Handlers, IPC_EVENT } from '../../renderer/core/api/contract'
import type { Printer } from '../node/export/printer'
import { type Workspace, createWorkspace } from '../node/workspace/workspace'
import { desktopHandlers } from './desktop-handlers'
import type { Dialogs } from './dialogs'
import { Presentation } from './presentation'
import { APP_SCHEME } from './protocol-path'

export interface FolderSessionPorts {
  dialogs: Dialogs
  /** Task bar progress: 0–1, 2 indeterminate, -1 none. */
  progress(value: number): void
}

/** Sends an event to every open window (each page keeps the listeners it needs). */
export function broadcast<E extends EventName>(event: E, payload: Events[E]): void {
  for (const window of BrowserWindow.getAllWindows()) if (!window.isDestroyed()) window.webContents.send(IPC_EVENT, event, payload)
}

/**
 * One open folder: its workspace (the handlers browser mode runs too), the desktop handlers around
 * it, and the presentation windows of its decks. Opening another folder closes this one.
 */
export class FolderSession {
  readonly handlers: Handlers
  private readonly workspace: Workspace
  private readonly presentations = new Map<string, Presentation>()

  constructor(readonly folder: string, printer: Printer, ports: FolderSessionPorts) {
    this.workspace = createWorkspace({
      folder,
      printer,
      fileUrl: (path) => `${APP_SCHEME}://files/${path.split('/').map(encodeURIComponent).join('/')}`,
      // Exports go where the user says, through a save dialog: no temporary export folder.
      exportTarget: async (name, layout) => {
        const file = await ports.dialogs.exportFile(name, layout)
        return { file, location: file }
      },
    })
    this.workspace.subscribe(broadcast)
    this.workspace.subscribe((event, payload) => {
      // In the task bar too, wherever the export was started.
      const progress = payload as Events['export.progressed']
      if (event === 'export.progressed' && progress.stage === 'compile') ports.progress(progress.done / (progress.total + 1))
    })
    this.handlers = desktopHandlers(this.workspace, {
      openWindow: (view, path) => this.presentation(path).open(view),
      exporting: (running) => ports.progress(running ? 2 : -1),
      exported: (result) => void ports.dialogs.message({
        type: 'info', message: `Exported ${result.pages} pages to ${basename(result.location)}`, buttons: ['Show in folder', 'OK'], defaultId: 0,
      }).then(({ response }) => response === 0 && shell.showItemInFolder(result.location)),
    })
  }

  /** Tells every window the library of this folder. */
  async announce(): Promise<void> {
    const decks = await this.handlers['library.list']({}).catch(() => [])
    broadcast('library.changed', decks.map((summary) => ({ ...summary, css: '' })))
  }

  presentation(path: string): Presentation {
    let presentation = this.presentations.get(path)
    if (!presentation) {
      presentation = new Presentation(path)
      this.presentations.set(path, presentation)
    }
    return presentation
  }

  isPresenting(path: string): boolean {
    return this.presentations.get(path)?.isOpen() ?? false
  }

  async close(): Promise<void> {
    for (const presentation of this.presentations.values()) presentation.close()
    this.presentations.clear()
    await this.workspace.close()
  }
}
