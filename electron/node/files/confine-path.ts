import { constants, realpathSync } from 'node:fs'
import { type FileHandle, lstat, open, readlink, realpath } from 'node:fs/promises'
import { dirname, join, sep } from 'node:path'

/** Where a relative path leads under a root: a real file path inside it, or why not. */
export type Confined = { ok: true; file: string } | { ok: false; reason: 'missing' | 'outside' }

/**
 * The one check that keeps file access inside a folder (decks, their assets, the app's files): both
 * paths are resolved with their symlinks, and the target must lie strictly below the root.
 */
function judge(root: string, file: string): Confined {
  return file.startsWith(root + sep) ? { ok: true, file } : { ok: false, reason: 'outside' }
}

/** Resolves `relativePath` (`/`-separated) under `root`, refusing anything that ends up outside it. */
export async function confine(root: string, relativePath: string): Promise<Confined> {
  const base = await realpath(root).catch(() => null)
  const file = base && (await realpath(join(base, ...relativePath.split('/'))).catch(() => null))
  return base && file ? judge(base, file) : { ok: false, reason: 'missing' }
}

/** A file opened inside its root, with its size as opened; the caller closes the handle. */
export type OpenedConfined = { ok: true; file: string; handle: FileHandle; size: number } | { ok: false; reason: 'missing' | 'outside' }

/**
 * Opens a regular file under `root` for reading, confined as `confine` confines paths, and checks the
 * open file itself: the path is checked, opened, and the descriptor's own path (Linux's
 * /proc/self/fd) is checked again. A folder swapped for a symlink between the check and the open
 * would otherwise hand over a file outside the root. Opened without waiting (a FIFO planted in the
 * folder is refused, not waited on); anything but a regular file is `missing`.
 */
export async function openConfined(root: string, relativePath: string): Promise<OpenedConfined> {
  const found = await confine(root, relativePath)
  return found.ok ? openInside(root, found.file) : found
}

/** openConfined's second half: opens `file` and checks that what was opened lies inside `root`. */
export async function openInside(root: string, file: string): Promise<OpenedConfined> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK).catch(() => null)
  if (handle === null) return { ok: false, reason: 'missing' }
  const refuse = async (reason: 'missing' | 'outside'): Promise<OpenedConfined> => {
    await handle.close().catch(() => {})
    return { ok: false, reason }
  }
  try {
    // Where /proc is not (macOS, Windows), the path check above is the only one.
    const opened = await readlink(`/proc/self/fd/${handle.fd}`).catch(() => null)
    if (opened !== null && !judge(await realpath(root), opened).ok) return await refuse('outside')
    const info = await handle.stat()
    return info.isFile() ? { ok: true, file, handle, size: info.size } : await refuse('missing')
  } catch {
    return refuse('missing')
  }
}

/** The same as `confine`, for the deck compiler's synchronous asset port. */
export function confineSync(root: string, relativePath: string): Confined {
  try {
    const base = realpathSync(root)
    return judge(base, realpathSync(join(base, ...relativePath.split('/'))))
  } catch {
    return { ok: false, reason: 'missing' }
  }
}

/**
 * Where a file may be created (or replaced) under `root`: the nearest folder of the path that exists
 * must resolve, symlinks followed, inside the root (or be the root), and the path itself, when it
 * exists, must resolve inside it too: a symlinked `assets/` or a deck linking to ~/.bashrc is
 * refused before anything is written. Folders that do not exist yet are the caller's to create.
 * `missing` means the root itself is gone.
 */
export async function confineNew(root: string, relativePath: string): Promise<Confined> {
  const base = await realpath(root).catch(() => null)
  if (base === null) return { ok: false, reason: 'missing' }
  const parts = relativePath.split('/').filter((part) => part !== '' && part !== '.')
  if (parts.length === 0 || parts.includes('..')) return { ok: false, reason: 'outside' }
  const target = join(base, ...parts)
  if (await lstat(target).then(() => true, () => false)) {
    const real = await realpath(target).catch(() => null)
    return real === null ? { ok: false, reason: 'outside' } : judge(base, real)
  }
  let folder = dirname(target)
  while (!(await lstat(folder).then(() => true, () => false))) folder = dirname(folder)
  const real = await realpath(folder).catch(() => null)
  if (real === null || (real !== base && !real.startsWith(base + sep))) return { ok: false, reason: 'outside' }
  return { ok: true, file: join(real, target.slice(folder.length + 1)) }
}

