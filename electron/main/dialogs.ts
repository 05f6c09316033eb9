import { type BrowserWindow, type MessageBoxOptions, type OpenDialogOptions, type SaveDialogOptions, app, dialog } from 'electron'
import { join } from 'node:path'
import { BriefdeckError } from '../../renderer/core/errors'
import type { ExportKind } from '../node/workspace/workspace'

/**
 * The app's dialogs. They attach to the main window while it is open (sheets on macOS) and stand
 * alone once it is closed: a destroyed window cannot be a parent.
 */
export function createDialogs(parent: () => BrowserWindow | null) {
  const save = (options: SaveDialogOptions) => {
    const window = parent()
    return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)
  }
  const open = (options: OpenDialogOptions) => {
    const window = parent()
    return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options)
  }
  const message = (options: MessageBoxOptions) => {
    const window = parent()
    return window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options)
  }
  return {
    open,
    message,
    /** Asks where to save an export; closing the dialog cancels it (E_CANCELLED). */
    async exportFile(name: string, kind: ExportKind): Promise<string> {
      const choice = await save({
        title: kind === 'handout' ? 'Export Handout PDF' : kind === 'rehearsals' ? 'Export Rehearsal Report' : 'Export PDF',
        defaultPath: join(app.getPath('documents'), `${name}${kind === 'handout' ? '-handout' : kind === 'rehearsals' ? '-rehearsals' : ''}.pdf`),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      })
      if (choice.canceled || !choice.filePath) throw new BriefdeckError('E_CANCELLED', 'export cancelled')
      return choice.filePath
    },
    reportError(error: unknown): void {
      if (error instanceof BriefdeckError && error.code === 'E_CANCELLED') return
      void message({ type: 'error', message: (error as Error).message })
    },
  }
}

export type Dialogs = ReturnType<typeof createDialogs>
