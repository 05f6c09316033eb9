import { realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Diagnostic } from '../../../renderer/core/deck/deck'
import { BriefdeckError } from '../../../renderer/core/errors'
import { listDeckFiles } from '../decks/load-decks'
import { confine, confineNew } from '../files/confine-path'

/** The open folder of decks: nothing outside it is read or written. */
export interface DeckFolder {
  /** The folder as given. */
  readonly folder: string
  /** Its real path; a folder that vanished is an error the UI shows. */
  root(): Promise<string>
  /** The file of an existing deck path (`/`-separated, relative), refusing anything that resolves outside. */
  resolve(path: string): Promise<string>
  /** Where a file at `path` may be created or replaced, refusing symlinked folders or files that lead outside. */
  resolveNew(path: string): Promise<string>
  /** The folder's decks in file-name order, and the names refused for leading outside it. */
  decks(): Promise<{ files: string[]; refused: Diagnostic[] }>
}

/** Opens a folder of decks; every file access of the workspace goes through it. */
export function openDeckFolder(folder: string): DeckFolder {
  let real: Promise<string> | undefined
  const root = async (): Promise<string> => {
    real ??= realpath(folder)
    try {
      const path = await real
      await stat(path)
      return path
    } catch {
      real = undefined
      throw new BriefdeckError('E_NOT_FOUND', `the folder ${folder} no longer exists`)
    }
  }
  const refuse = (path: string, reason: 'missing' | 'outside'): BriefdeckError => reason === 'outside'
    ? new BriefdeckError('E_FORBIDDEN', `${path}: outside the open folder`)
    : new BriefdeckError('E_NOT_FOUND', `${path}: no such deck`)
  return {
    folder,
    root,
    async resolve(path) {
      const found = await confine(await root(), path)
      if (found.ok) return found.file
      throw refuse(path, found.reason)
    },
    async resolveNew(path) {
      const found = await confineNew(await root(), path)
      if (found.ok) return found.file
      throw refuse(path, found.reason)
    },
    async decks() {
      return listDeckFiles(await root())
    },
  }
}

/** Whether a path exists (a file or folder). */
export async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false)
}

/** A path relative to the folder, joined onto its real root. */
export function inFolder(root: string, path: string): string {
  return join(root, ...path.split('/'))
}
