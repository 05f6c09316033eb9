import { createHash } from 'node:crypto'
import { mkdir, readFile, unlink } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { writeFileAtomic } from '../files/write-file-atomic'

/** Unsaved editor text kept safe from crashes, one file per deck, outside the deck folder. */
export interface RecoveryStore {
  put(deckFile: string, text: string): Promise<void>
  get(deckFile: string): Promise<{ text: string; savedAt: number } | null>
  clear(deckFile: string): Promise<void>
}

/** The default place: `$XDG_CACHE_HOME/briefdeck/recovery` (~/.cache/briefdeck/recovery). */
export function defaultRecoveryDir(): string {
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'briefdeck', 'recovery')
}

/** A recovery store in `dir`, keyed by the deck file's absolute path. */
export function createRecoveryStore(dir: string): RecoveryStore {
  const fileOf = (deckFile: string): string => join(dir, `${createHash('sha256').update(deckFile).digest('hex').slice(0, 24)}.json`)
  return {
    async put(deckFile, text) {
      await mkdir(dir, { recursive: true })
      await writeFileAtomic(fileOf(deckFile), JSON.stringify({ path: deckFile, text, savedAt: Date.now() }))
    },
    async get(deckFile) {
      const saved = await readFile(fileOf(deckFile), 'utf8').catch(() => null)
      if (saved === null) return null
      try {
        const { text, savedAt } = JSON.parse(saved) as { text: unknown; savedAt: unknown }
        return typeof text === 'string' && typeof savedAt === 'number' ? { text, savedAt } : null
      } catch {
        return null
      }
    },
    async clear(deckFile) {
      await unlink(fileOf(deckFile)).catch(() => {})
    },
  }
}
