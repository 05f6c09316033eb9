/**
 * Where the editor's text stands against the file on disk, as a pure state machine: no DOM, no API.
 * The editor feeds it what happened (an edit, a save's outcome, a change on disk) and shows what it
 * says; the bar's status and the ● mark are read from it, never set on their own.
 */
export type SaveState = 'clean' | 'dirty' | 'saving' | 'saved' | 'conflict' | 'error'

/** A version of the deck file: its text and the version (content hash) the workspace gave it. */
export interface DiskText {
  text: string
  version: string
}

interface Known {
  /** The editor's text now. */
  text: string
  /** The file as this editor last read or wrote it: what the next save builds on. */
  disk: DiskText
}

export type SaveSession =
  | (Known & { state: 'clean' | 'dirty' | 'saved' })
  /** `writing` is the text on its way to disk; `again` asks for one more save once it lands. */
  | (Known & { state: 'saving'; writing: string; again: boolean })
  /** `theirs` is the newer file on disk that the author must choose against. */
  | (Known & { state: 'conflict'; theirs: DiskText })
  | (Known & { state: 'error'; message: string })

export type SaveEvent =
  | { type: 'edited'; text: string }
  | { type: 'saveStarted' }
  | { type: 'saveSucceeded'; version: string }
  /** The save was refused (E_CONFLICT) because the file on disk is now `theirs`. */
  | { type: 'saveConflicted'; theirs: DiskText }
  | { type: 'saveFailed'; message: string }
  | { type: 'keptMine' }
  | { type: 'tookTheirs' }
  /** The file on disk now reads `disk` (after a change notification). */
  | { type: 'diskChanged'; disk: DiskText }

type Handler<E extends SaveEvent['type']> = (session: SaveSession, event: Extract<SaveEvent, { type: E }>) => SaveSession

/** A session for text just read from disk. */
export function startSaveSession(disk: DiskText): SaveSession {
  return { state: 'clean', text: disk.text, disk }
}

/** Whether the editor holds text the file on disk does not (what the unload guard and recovery protect). */
export function hasUnsavedText(session: SaveSession): boolean {
  return session.text !== session.disk.text
}

/** Clean or dirty, by comparing the text with the file it was loaded from or saved to. */
function settled(text: string, disk: DiskText): SaveSession {
  return { state: text === disk.text ? 'clean' : 'dirty', text, disk }
}

const STEPS: { [E in SaveEvent['type']]: Handler<E> } = {
  edited: (s, { text }) => {
    if (text === s.text) return s
    // While saving or in conflict the outcome is still pending: only the text moves on.
    if (s.state === 'saving' || s.state === 'conflict') return { ...s, text }
    return settled(text, s.disk)
  },
  saveStarted: (s) => {
    if (s.state === 'saving') return { ...s, again: true }
    // In a conflict only "Keep mine" may write over the disk: Ctrl+S never does it silently.
    if (s.state === 'conflict') return s
    return { state: 'saving', text: s.text, disk: s.disk, writing: s.text, again: false }
  },
  saveSucceeded: (s, { version }) => {
    if (s.state !== 'saving') return s
    const disk = { text: s.writing, version }
    if (s.again && s.text !== s.writing) return { state: 'saving', text: s.text, disk, writing: s.text, again: false }
    // Text typed while the save was on its way is not on disk: that is dirty, not saved.
    return { state: s.text === s.writing ? 'saved' : 'dirty', text: s.text, disk }
  },
  saveConflicted: (s, { theirs }) => (s.state === 'saving' ? conflictWith(s, theirs) : s),
  saveFailed: (s, { message }) => (s.state === 'saving' ? { state: 'error', text: s.text, disk: s.disk, message } : s),
  keptMine: (s) => (s.state === 'conflict' ? { state: 'saving', text: s.text, disk: s.theirs, writing: s.text, again: false } : s),
  tookTheirs: (s) => (s.state === 'conflict' ? startSaveSession(s.theirs) : s),
  diskChanged: (s, { disk }) => {
    // A save in flight decides first (a write before it makes it conflict); the caller reads again after it.
    if (s.state === 'saving') return s
    // The disk is back at the version this text builds on (the other change was undone): no conflict left.
    if (disk.version === s.disk.version) return s.state === 'conflict' ? settled(s.text, s.disk) : s
    if (!hasUnsavedText(s)) return startSaveSession(disk)
    return conflictWith(s, disk)
  },
}

/** A newer file on disk against unsaved text, unless both already say the same. */
function conflictWith(s: SaveSession, theirs: DiskText): SaveSession {
  if (theirs.text === s.text) return startSaveSession(theirs)
  return { state: 'conflict', text: s.text, disk: s.disk, theirs }
}

/** The session after `event`; an event that means nothing in the current state leaves it as it is. */
export function nextSaveSession(session: SaveSession, event: SaveEvent): SaveSession {
  return (STEPS[event.type] as Handler<SaveEvent['type']>)(session, event)
}

const STATUS: { [S in SaveState]: (session: Extract<SaveSession, { state: S }>) => string } = {
  clean: () => '',
  dirty: () => 'Unsaved changes',
  saving: () => 'Saving…',
  saved: () => 'Saved',
  conflict: () => 'Conflict with the file on disk',
  error: (s) => `Not saved: ${s.message}`,
}

/**
 * What the editor bar shows: the status line, and whether the ● unsaved mark is on. The mark stays
 * on while a save is on its way: the text is not safe until the file on disk has it.
 */
export function saveStatus(session: SaveSession): { text: string; dirtyMark: boolean } {
  const text = (STATUS[session.state] as (s: SaveSession) => string)(session)
  const dirtyMark = session.state === 'dirty' || session.state === 'saving' || session.state === 'conflict' || (session.state === 'error' && hasUnsavedText(session))
  return { text, dirtyMark }
}
