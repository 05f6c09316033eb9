import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Bounds } from './window-placement'

/** What the app remembers between runs: window bounds and recent folders. */
export interface AppState {
  mainWindow?: Bounds & { maximized?: boolean }
  recentFolders: string[]
}

/** Reads `state.json`; anything missing or damaged is forgotten, never fatal. */
export function loadAppState(file: string): AppState {
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as Partial<AppState>
    return { mainWindow: state.mainWindow, recentFolders: Array.isArray(state.recentFolders) ? state.recentFolders.filter((f) => typeof f === 'string').slice(0, 10) : [] }
  } catch {
    return { recentFolders: [] }
  }
}

/**
 * Writes `state.json` before returning: it runs in a window's `close` handler, and an asynchronous
 * write started there may never finish when the app is quitting. A temporary file and a rename keep
 * a crash from leaving half a file.
 */
export function saveAppState(file: string, state: AppState): void {
  mkdirSync(dirname(file), { recursive: true })
  const partial = `${file}.${process.pid}.tmp`
  writeFileSync(partial, JSON.stringify(state, null, 2))
  renameSync(partial, file)
}

/** Puts a folder first in the recent list (at most ten, no duplicates). */
export function rememberFolder(state: AppState, folder: string): AppState {
  return { ...state, recentFolders: [folder, ...state.recentFolders.filter((f) => f !== folder)].slice(0, 10) }
}
