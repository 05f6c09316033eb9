import { type FSWatcher, watch } from 'node:fs'
import { sep } from 'node:path'

/** How long the watcher waits for a burst of file events (an editor's save) to settle. */
const SETTLE_MS = 25

export interface FolderWatch {
  close(): void
}

/**
 * Watches a folder and its subfolders, and calls `changed` with the `/`-separated names that
 * changed once a burst of events has settled; `failed` when watching stops working.
 */
export function watchFolder(root: string, changed: (names: string[]) => void, failed: (error: Error) => void): FolderWatch {
  const names = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  let watcher: FSWatcher | undefined
  try {
    watcher = watch(root, { recursive: true }, (_type, name) => {
      if (!name) return
      names.add(String(name).split(sep).join('/'))
      clearTimeout(timer)
      timer = setTimeout(() => {
        const batch = [...names]
        names.clear()
        changed(batch)
      }, SETTLE_MS)
    })
    watcher.on('error', failed)
  } catch (error) {
    failed(error as Error)
  }
  return {
    close() {
      clearTimeout(timer)
      watcher?.close()
    },
  }
}
