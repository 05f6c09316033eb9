import type { ExportResult, Handlers, ViewReport } from '../../renderer/core/api/contract'
import type { Workspace } from '../node/workspace/workspace'

/** What only the desktop app does around the workspace's handlers. */
export interface DesktopPorts {
  /** Opens a deck's audience or presenter window where it belongs (the audience full screen on the projector). */
  openWindow(view: 'present' | 'presenter', path: string): void
  /** An export is running (true) or over (false), for the task bar's progress. */
  exporting(running: boolean): void
  /** An export was written, to offer "Show in folder". */
  exported(result: ExportResult): void
}

/**
 * The desktop app's handlers: the workspace's own for everything that touches files (so the same
 * confinement, file naming and export run as in browser mode), with the app placing windows itself.
 */
export function desktopHandlers(workspace: Workspace, ports: DesktopPorts): Handlers {
  const base = workspace.handlers
  return {
    ...base,
    'export.pdf': async (request) => {
      ports.exporting(true)
      try {
        const result = await base['export.pdf'](request)
        ports.exported(result)
        return result
      } finally {
        ports.exporting(false)
      }
    },
    'window.open': async ({ view, path }) => {
      // The deck must exist inside the folder before a window is made for it.
      await base['deck.open']({ path })
      ports.openWindow(view, path)
      return { opened: true }
    },
  }
}

/** The handlers as one window calls them: its `view.report` tells what that window shows. */
export function handlersForWindow(handlers: Handlers, reported: (report: ViewReport) => void): Handlers {
  return {
    ...handlers,
    'view.report': async (report) => {
      reported(report)
      return null
    },
  }
}
