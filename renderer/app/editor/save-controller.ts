import type { BriefdeckApi } from '../../core/api/contract'
import { BriefdeckError } from '../../core/errors'
import { type DiskText, type SaveEvent, type SaveSession, nextSaveSession, startSaveSession } from './save-session'

/** What the save controller needs from the editor around it. */
export interface SavePorts {
  /** Puts text into the source editor: a silent reload, or the disk's version taken in a conflict. */
  replaceText(text: string): void
  /** Shows a new session (the bar, the conflict banner). */
  show(session: SaveSession): void
}

/**
 * Runs the save session against the workspace: saves with the version the editor loaded, so a file
 * changed on disk since is never overwritten, and turns every outcome and every change on disk into
 * a SaveEvent. The session decides; this only does the I/O it asks for.
 */
export class SaveController {
  private current: SaveSession
  /** The save on its way, if any: a change on disk is looked at only after it. */
  private writing: Promise<void> | null = null

  constructor(private readonly api: BriefdeckApi, private readonly path: string, loaded: DiskText, private readonly ports: SavePorts) {
    this.current = startSaveSession(loaded)
  }

  get session(): SaveSession {
    return this.current
  }

  edited(text: string): void {
    this.dispatch({ type: 'edited', text })
  }

  /** Ctrl+S, the Save button, File › Save. */
  save(): Promise<void> {
    this.dispatch({ type: 'saveStarted' })
    return this.write()
  }

  /** "Keep mine": saves the editor's text over the newer file on disk. */
  keepMine(): Promise<void> {
    this.dispatch({ type: 'keptMine' })
    return this.write()
  }

  takeTheirs(): void {
    this.dispatch({ type: 'tookTheirs' })
  }

  /** The deck changed on disk (maybe by this editor's own save): reads it and lets the session decide. */
  async diskChanged(): Promise<void> {
    await this.writing
    const disk = await this.api.invoke('deck.read', { path: this.path }).catch(() => null)
    if (disk) this.dispatch({ type: 'diskChanged', disk })
  }

  private dispatch(event: SaveEvent): void {
    const before = this.current
    const next = nextSaveSession(before, event)
    if (next === before) return
    this.current = next
    // The session moved the text itself (a reload, "take theirs"): the source editor follows, and
    // its echo as an edit changes nothing since the session already holds that text.
    if (event.type !== 'edited' && next.text !== before.text) this.ports.replaceText(next.text)
    this.ports.show(next)
  }

  /** Writes while the session is saving: once, or again for text typed during a save. */
  private write(): Promise<void> {
    if (this.writing || this.current.state !== 'saving') return this.writing ?? Promise.resolve()
    this.writing = (async () => {
      for (let session = this.current; session.state === 'saving'; session = this.current) {
        this.dispatch(await this.writeOnce(session.writing, session.disk.version))
      }
    })().finally(() => {
      this.writing = null
    })
    return this.writing
  }

  private async writeOnce(text: string, baseVersion: string): Promise<SaveEvent> {
    try {
      const { version } = await this.api.invoke('deck.save', { path: this.path, text, baseVersion })
      return { type: 'saveSucceeded', version }
    } catch (error) {
      if (!(error instanceof BriefdeckError && error.code === 'E_CONFLICT')) return { type: 'saveFailed', message: (error as Error).message }
      const theirs = await this.api.invoke('deck.read', { path: this.path }).catch(() => null)
      return theirs ? { type: 'saveConflicted', theirs } : { type: 'saveFailed', message: error.message }
    }
  }
}
