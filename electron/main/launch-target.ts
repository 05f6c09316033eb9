import { statSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isDeckFile } from '../../renderer/core/deck/deck-files'

/** What to open: a folder, and a deck of it to present. */
export interface LaunchTarget {
  folder: string
  deck?: string
}

/** A start-up's own arguments and the directory they are relative to (what a second instance sends the first). */
export interface LaunchRequest {
  args: string[]
  cwd: string
}

export type PathKind = 'folder' | 'file' | null

/** What a path is on disk: a folder, a file, or nothing usable. */
export function pathKind(path: string): PathKind {
  try {
    const stats = statSync(path)
    return stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : null
  } catch {
    return null
  }
}

/** The arguments a person gave: argv without the executable and without switches (Chromium's, macOS's `-psn_…`). */
export function userArgs(argv: readonly string[]): string[] {
  return argv.slice(1).filter((arg) => !arg.startsWith('-'))
}

/**
 * The request a second instance sent, from Electron's `second-instance` event: its own arguments
 * and directory when it sent them as additional data, else its raw argv and working directory.
 */
export function secondInstanceRequest(argv: readonly string[], workingDirectory: string, additionalData: unknown): LaunchRequest {
  const data = additionalData as Partial<LaunchRequest> | null
  if (data && Array.isArray(data.args) && data.args.every((arg) => typeof arg === 'string') && typeof data.cwd === 'string') {
    return { args: data.args, cwd: data.cwd }
  }
  return { args: userArgs(argv), cwd: workingDirectory }
}

/**
 * Turns one argument into an absolute path: relative paths against the directory the command was
 * typed in, `file://` URLs (a Linux `.desktop` file's `%U`) to their path; other URLs are not paths.
 */
export function argumentPath(arg: string, cwd: string): string | null {
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg)
    } catch {
      return null
    }
  }
  // Another scheme (https:, briefdeck:) is not a file; a Windows drive letter (C:\) is.
  if (/^[a-z][a-z0-9+.-]+:/i.test(arg)) return null
  return resolve(cwd, arg)
}

/**
 * The folder (and deck) a start-up or a second instance asks for: the last argument that is a folder
 * or a Markdown deck. The app's own path is skipped: in development Electron runs as
 * `electron <app path> …`, and that path is not a folder of decks.
 */
export function launchTarget(request: LaunchRequest, appPath: string | null, kindOf: (path: string) => PathKind = pathKind): LaunchTarget | null {
  for (const arg of [...request.args].reverse()) {
    const path = argumentPath(arg, request.cwd)
    if (path === null || (appPath !== null && path === resolve(appPath))) continue
    const kind = kindOf(path)
    if (kind === 'folder') return { folder: path }
    if (kind === 'file' && isDeckFile(path)) return { folder: dirname(path), deck: basename(path) }
  }
  return null
}
