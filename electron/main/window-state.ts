import { app } from 'electron'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomic } from '../node/files/write-file-atomic'
import type { Bounds } from './window-placement'

/** What the app remembers between runs: window bounds and recent folders. */
export interface AppState {
  mainWindow?: Bounds & { maximized?: boolean }
  recentFolders: string[]
}

const file = (): string => join(app.getPath('userData'), 'state.json')

export function loadAppState(): AppState {
  try {
    const state = JSON.parse(readFileSync(file(), 'utf8')) as Partial<AppState>
    return { mainWindow: state.mainWindow, recentFolders: Array.isArray(state.recentFolders) ? state.recentFolders.filter((f) => typeof f === 'string').slice(0, 10) : [] }
  } catch {
    return { recentFolders: [] }
  }
}

export function saveAppState(state: AppState): Promise<void> {
  return writeFileAtomic(file(), JSON.stringify(state, null, 2))
}

/** Puts a folder first in the recent list (at most ten, no duplicates). */
export function rememberFolder(state: AppState, folder: string): AppState {
  return { ...state, recentFolders: [folder, ...state.recentFolders.filter((f) => f !== folder)].slice(0, 10) }
}
