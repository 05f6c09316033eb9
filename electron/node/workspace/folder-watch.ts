import { basename, relative, sep } from 'node:path'
import { watch } from 'chokidar'
import { BriefdeckError } from '../../../renderer/core/errors'

/** How long the watcher waits for a burst of file events (an editor's save) to settle. */
const SETTLE_MS = 30

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
  // Dotfiles are editors' and Briefdeck's own temporary files (`.deck.md.123.ab12.tmp`); `~` files are backups.
  const ignored = (path: string): boolean => path !== root && /^\.|\.tmp$|~$/.test(basename(path))
  const watcher = watch(root, { ignoreInitial: true, depth: 3, ignored, followSymlinks: false, awaitWriteFinish: false })
  watcher.on('all', (event, path) => {
    if (event === 'unlinkDir' && path === root) {
      failed(new BriefdeckError('E_NOT_FOUND', `the folder ${root} no longer exists`))
      return
    }
    names.add(relative(root, path).split(sep).join('/'))
    clearTimeout(timer)
    timer = setTimeout(() => {
      const batch = [...names]
      names.clear()
      changed(batch)
    }, SETTLE_MS)
  })
  watcher.on('error', (error) => failed(error as Error))
  return {
    async close() {
      clearTimeout(timer)
      await watcher.close()
    },
  }
}
