import { readdir, stat } from 'node:fs/promises'
import { basename, join, relative, sep } from 'node:path'
import { watch } from 'chokidar'
import { BriefdeckError } from '../../../renderer/core/errors'

/** How long the watcher waits for a burst of file events (an editor's save) to settle. */
const SETTLE_MS = 30
/**
 * After a file is replaced by a rename, the watcher needs a moment to watch the new file: a write
 * in that moment would go unseen. Each reported file is looked at again this much later.
 */
const RECHECK_MS = 300

export interface FolderWatch {
  close(): Promise<void>
}

/**
 * Watches a folder and its subfolders (decks, `assets/`), and calls `changed` with the `/`-separated
 * names that changed once a burst of events has settled; `failed` when the folder goes away or
 * watching stops working. chokidar, not `fs.watch`: Node 20's recursive watcher on Linux stops
 * reporting a file once an editor has replaced it by renaming a new file over it (an atomic save).
 */
export function watchFolder(root: string, changed: (names: string[]) => void, failed: (error: Error) => void): FolderWatch {
  const names = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  const rechecks = new Set<NodeJS.Timeout>()
  /** Each reported file as it was when last reported, so a recheck reports only what is new. */
  const reported = new Map<string, string>()
  let closed = false
  const signature = async (name: string): Promise<string> => {
    const info = await stat(join(root, name)).catch(() => null)
    return info ? `${info.ino}:${info.size}:${info.mtimeMs}` : 'gone'
  }
  const note = (name: string): void => {
    names.add(name)
    clearTimeout(timer)
    timer = setTimeout(() => void flush(), SETTLE_MS)
  }
  const flush = async (): Promise<void> => {
    const batch = [...names]
    names.clear()
    const seen = await Promise.all(batch.map(signature))
    if (closed) return
    batch.forEach((name, i) => reported.set(name, seen[i]))
    changed(batch)
    const recheck = setTimeout(() => {
      rechecks.delete(recheck)
      void Promise.all(batch.map(signature)).then((now) => {
        if (closed) return
        batch.forEach((name, i) => now[i] !== reported.get(name) && !names.has(name) && note(name))
      })
    }, RECHECK_MS)
    rechecks.add(recheck)
  }
  // Dotfiles are editors' and Briefdeck's own temporary files (`.deck.md.123.ab12.tmp`); `~` files are backups.
  const ignored = (path: string): boolean => path !== root && /^\.|\.tmp$|~$/.test(basename(path))
  const started = Date.now()
  const watcher = watch(root, { ignoreInitial: true, depth: 3, ignored, followSymlinks: false, awaitWriteFinish: false })
  // A save while the watcher was still setting up is reported by no event: once it is ready, any file
  // changed since watching began is reported, so the first save after opening a folder is never lost.
  watcher.on('ready', () => {
    void readdir(root, { recursive: true, withFileTypes: true }).then(async (entries) => {
      for (const entry of entries) {
        // `parentPath` from Node 20.12; `path` before it.
        const folder = entry.parentPath ?? (entry as { path?: string }).path ?? root
        if (!entry.isFile() || ignored(join(folder, entry.name))) continue
        const name = relative(root, join(folder, entry.name)).split(sep).join('/')
        if (name.split('/').length > 4) continue
        const info = await stat(join(root, name)).catch(() => null)
        if (!closed && info && info.mtimeMs >= started - 100) note(name)
      }
    }, () => {})
  })
  watcher.on('all', (event, path) => {
    if (event === 'unlinkDir' && path === root) {
      failed(new BriefdeckError('E_NOT_FOUND', `the folder ${root} no longer exists`))
      return
    }
    note(relative(root, path).split(sep).join('/'))
  })
  watcher.on('error', (error) => failed(error as Error))
  return {
    async close() {
      closed = true
      clearTimeout(timer)
      for (const recheck of rechecks) clearTimeout(recheck)
      await watcher.close()
    },
  }
}
