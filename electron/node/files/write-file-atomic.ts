import { randomBytes } from 'node:crypto'
import { unlinkSync } from 'node:fs'
import { chmod, open, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { BriefdeckError } from '../../../renderer/core/errors'

/** Temporary files being written right now, so a signal handler can remove them before exiting. */
const inFlight = new Set<string>()

/** Removes the temporary files of writes still in progress (for SIGINT/SIGTERM handlers). */
export function removeInFlightTemps(): void {
  for (const temp of inFlight) {
    try {
      unlinkSync(temp)
    } catch {
      // already renamed or removed
    }
  }
  inFlight.clear()
}

/**
 * Writes a file so that readers only ever see the old or the new content: a temporary file beside
 * it is written, flushed to disk and renamed over the target (atomic on one file system). An
 * existing file's permissions are kept. On failure the temporary file is removed.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const existing = await stat(path).catch(() => null)
  if (existing?.isDirectory()) throw new BriefdeckError('E_WRITE', `${path}: is a directory; give a file name to write`)
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  let handle
  inFlight.add(temp)
  try {
    handle = await open(temp, 'wx', existing ? existing.mode & 0o777 : 0o644)
    await handle.writeFile(data)
    await handle.sync()
    await handle.close()
    handle = undefined
    if (existing) await chmod(temp, existing.mode & 0o777)
    await rename(temp, path)
    inFlight.delete(temp)
  } catch (error) {
    inFlight.delete(temp)
    await handle?.close().catch(() => {})
    await unlink(temp).catch(() => {})
    if (error instanceof BriefdeckError) throw error
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? String(error)
    throw new BriefdeckError('E_WRITE', `${path}: cannot write (${reason})`, { cause: error })
  }
}
