import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** Where the packaged app keeps the sample briefing it ships (electron-builder.yml's extraResources). */
export const SAMPLES_RESOURCE = 'slides'

/** The folder, in the user's documents, that the packaged app copies the samples to and opens. */
export const SAMPLES_FOLDER_NAME = 'Briefdeck'

export interface DefaultFolderOptions {
  packaged: boolean
  /** The repository's slides/ (development). */
  developmentSlides: string
  /** The user's documents folder (packaged). */
  documents: string
}

/**
 * The folder the app opens when asked for none. Packaged, never the install itself: that is read-only
 * for a deb (/opt), a new squashfs mount on every AppImage run, and part of the signed bundle on
 * macOS. It is the user's own copy of the samples instead. In development, the repository's slides/.
 */
export function defaultFolder(options: DefaultFolderOptions): string {
  return options.packaged ? join(options.documents, SAMPLES_FOLDER_NAME) : options.developmentSlides
}

/**
 * Makes sure `target` exists, copying the shipped samples there when it does not (the first run, or
 * after the user deleted it), and never touching a folder that is already there. The copy is made
 * beside `target` and renamed into place, so an interrupted copy is never mistaken for a finished
 * one. Nothing is written inside `source`.
 */
export function ensureSampleFolder(source: string, target: string): string {
  if (existsSync(target)) return target
  mkdirSync(dirname(target), { recursive: true })
  const partial = `${target}.copying-${process.pid}`
  rmSync(partial, { recursive: true, force: true })
  try {
    cpSync(source, partial, { recursive: true })
    makeOwnerWritable(partial)
    renameSync(partial, target)
  } catch (error) {
    rmSync(partial, { recursive: true, force: true })
    throw error
  }
  return target
}

/** Installed files may be read-only (a squashfs, a signed bundle); the user's copies must not be. */
function makeOwnerWritable(folder: string): void {
  for (const entry of [folder, ...readdirSync(folder, { recursive: true }).map((name) => join(folder, String(name)))]) {
    chmodSync(entry, statSync(entry).mode | 0o200)
  }
}
