import type { MenuEnablement } from './menu-enablement'

/** The parts of Electron's MenuItemConstructorOptions the template uses (kept free of Electron). */
export interface MenuItem {
  label?: string
  role?: string
  type?: 'separator' | 'submenu' | 'normal'
  accelerator?: string
  enabled?: boolean
  submenu?: MenuItem[]
  /** The action's id; main.ts maps ids to what they do. */
  id?: string
}

export interface MenuState {
  platform: NodeJS.Platform
  appName: string
  recentFolders: string[]
  /** What the focused window shows decides which commands apply (menuEnablement). */
  enabled: MenuEnablement
  development: boolean
}

/**
 * The application menu from the app's state, following each platform's conventions: on macOS an
 * app menu first and Cmd accelerators, elsewhere File first and Ctrl. `CmdOrCtrl` lets Electron
 * pick. Every actionable item has an id that main.ts wires to its action.
 */
export function menuTemplate(state: MenuState): MenuItem[] {
  const mac = state.platform === 'darwin'
  const hasDeck = state.enabled.deck !== null
  const recent: MenuItem[] = state.recentFolders.length === 0
    ? [{ label: 'No recent folders', enabled: false }]
    : state.recentFolders.map((folder, i) => ({ label: folder, id: `recent:${i}` }))
  const file: MenuItem = {
    label: '&File',
    submenu: [
      { label: 'New Deck…', accelerator: 'CmdOrCtrl+N', id: 'new-deck' },
      { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', id: 'open-folder' },
      { label: 'Recent Folders', submenu: recent },
      { type: 'separator' },
      { label: 'Save', accelerator: 'CmdOrCtrl+S', id: 'save', enabled: state.enabled.save },
      { type: 'separator' },
      { label: 'Export Slides PDF…', accelerator: 'CmdOrCtrl+E', id: 'export-slides', enabled: hasDeck },
      { label: 'Export Handout PDF…', accelerator: 'CmdOrCtrl+Shift+E', id: 'export-handout', enabled: hasDeck },
      { label: 'Export Briefing Book…', accelerator: 'CmdOrCtrl+Alt+E', id: 'export-book' },
      ...(mac ? [] : [{ type: 'separator' as const }, { role: 'quit', label: 'E&xit' }]),
    ],
  }
  const present: MenuItem = {
    label: '&Present',
    submenu: [
      { label: 'Start Presentation', accelerator: 'F5', id: 'start-presentation', enabled: hasDeck },
      { label: 'Presenter View', accelerator: 'CmdOrCtrl+F5', id: 'presenter-view', enabled: hasDeck },
      { label: 'Swap Displays', accelerator: 'CmdOrCtrl+Shift+D', id: 'swap-displays', enabled: state.enabled.swap },
    ],
  }
  const view: MenuItem = {
    label: '&View',
    submenu: [
      { role: 'togglefullscreen', label: 'Toggle Full Screen', accelerator: mac ? 'Ctrl+Cmd+F' : 'F11' },
      { type: 'separator' },
      { role: 'resetZoom', label: 'Actual Size' },
      { role: 'zoomIn', label: 'Zoom In' },
      { role: 'zoomOut', label: 'Zoom Out' },
      ...(state.development ? [{ type: 'separator' as const }, { role: 'toggleDevTools', label: 'Developer Tools' }] : []),
    ],
  }
  const edit: MenuItem = {
    label: '&Edit',
    submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
  }
  const window: MenuItem = { label: '&Window', role: 'windowMenu' }
  const help: MenuItem = { label: '&Help', role: 'help', submenu: [{ label: 'Briefdeck Documentation', id: 'help' }] }
  const appMenu: MenuItem = {
    label: state.appName,
    submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
  }
  return mac ? [appMenu, file, edit, view, present, window, help] : [file, edit, view, present, window, help]
}
