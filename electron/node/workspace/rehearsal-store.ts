import { createHash } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { KEPT_REHEARSALS, type RehearsalRun } from '../../../renderer/core/present/rehearsal'
import { writeFileAtomic } from '../files/write-file-atomic'

/** A deck's rehearsals, kept beside the app's own state (never in the deck or its folder). */
export interface RehearsalStore {
  list(deckFile: string): Promise<RehearsalRun[]>
  save(deckFile: string, run: RehearsalRun): Promise<RehearsalRun[]>
}

/** The default place for the app's state: `$XDG_STATE_HOME/briefdeck` (~/.local/state/briefdeck). */
export function defaultStateDir(): string {
  return join(process.env.XDG_STATE_HOME ?? join(homedir(), '.local', 'state'), 'briefdeck')
}

/** Rehearsals in `dir/rehearsals`, one small JSON file per deck (keyed by its absolute path), the last few newest first. */
export function createRehearsalStore(dir: string): RehearsalStore {
  const fileOf = (deckFile: string): string => join(dir, 'rehearsals', `${createHash('sha256').update(deckFile).digest('hex').slice(0, 24)}.json`)
  const list = async (deckFile: string): Promise<RehearsalRun[]> => {
    const text = await readFile(fileOf(deckFile), 'utf8').catch(() => null)
    if (text === null) return []
    try {
      const saved = JSON.parse(text) as { runs?: unknown }
      return Array.isArray(saved.runs) ? (saved.runs as RehearsalRun[]).slice(0, KEPT_REHEARSALS) : []
    } catch {
      return []
    }
  }
  return {
    list,
    async save(deckFile, run) {
      const runs = [run, ...(await list(deckFile))].slice(0, KEPT_REHEARSALS)
      await mkdir(join(dir, 'rehearsals'), { recursive: true })
      await writeFileAtomic(fileOf(deckFile), JSON.stringify({ deck: deckFile, runs }))
      return runs
    },
  }
}
