import { realpathSync } from 'node:fs'
import { realpath } from 'node:fs/promises'
import { join, sep } from 'node:path'

/** Where a relative path leads under a root: a real file path inside it, or why not. */
export type Confined = { ok: true; file: string } | { ok: false; reason: 'missing' | 'outside' }

/**
 * The one check that keeps file access inside a folder (decks, the app's files): both paths are
 * resolved with their symlinks, and the target must lie strictly below the root.
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

/** The same as `confine`, for the deck compiler's synchronous asset port. */
export function confineSync(root: string, relativePath: string): Confined {
  try {
    const base = realpathSync(root)
    return judge(base, realpathSync(join(base, ...relativePath.split('/'))))
  } catch {
    return { ok: false, reason: 'missing' }
  }
}
