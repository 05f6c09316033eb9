import { describe, expect, it } from 'vitest'
import {
  type SaveEvent, type SaveSession, hasUnsavedText, nextSaveSession, saveStatus, startSaveSession,
} from '../../../../../renderer/app/editor/save-session'

const V0 = { text: '# A', version: 'v0' }
const THEIRS = { text: '# A (theirs)', version: 'v-theirs' }
const run = (session: SaveSession, ...events: SaveEvent[]): SaveSession => events.reduce(nextSaveSession, session)
const edited = (text: string): SaveEvent => ({ type: 'edited', text })
const START: SaveEvent = { type: 'saveStarted' }
const succeeded = (version: string): SaveEvent => ({ type: 'saveSucceeded', version })
const conflicted: SaveEvent = { type: 'saveConflicted', theirs: THEIRS }
const changedOnDisk = (disk = THEIRS): SaveEvent => ({ type: 'diskChanged', disk })

const clean = startSaveSession(V0)
const dirty = run(clean, edited('# A!'))
const saving = run(dirty, START)
const conflict = run(saving, conflicted)

describe('save session: editing', () => {
  it('starts clean, with no status and no ● mark', () => {
    expect(clean).toMatchObject({ state: 'clean', text: '# A' })
    expect(saveStatus(clean)).toEqual({ text: '', dirtyMark: false })
  })

  it('becomes dirty when the text differs from the saved text', () => {
    expect(dirty.state).toBe('dirty')
    expect(saveStatus(dirty)).toEqual({ text: 'Unsaved changes', dirtyMark: true })
    expect(hasUnsavedText(dirty)).toBe(true)
  })

  it('becomes clean again when the text is edited back to the saved text', () => {
    const back = run(dirty, edited('# A'))
    expect(back.state).toBe('clean')
    expect(saveStatus(back)).toEqual({ text: '', dirtyMark: false })
    expect(hasUnsavedText(back)).toBe(false)
  })
})

describe('save session: saving', () => {
  it('shows "Saving…" without the mark while the save is on its way', () => {
    expect(saving).toMatchObject({ state: 'saving', writing: '# A!', again: false })
    expect(saveStatus(saving)).toEqual({ text: 'Saving…', dirtyMark: true })
  })

  it('is saved, with the new version, when the save succeeds', () => {
    const saved = run(saving, succeeded('v1'))
    expect(saved).toEqual({ state: 'saved', text: '# A!', disk: { text: '# A!', version: 'v1' } })
    expect(saveStatus(saved)).toEqual({ text: 'Saved', dirtyMark: false })
  })

  // Regression: the bar read "● Saved" after typing following a save.
  it('is dirty, never "Saved", when typing after a save', () => {
    const after = run(saving, succeeded('v1'), edited('# A!!'))
    expect(after.state).toBe('dirty')
    expect(saveStatus(after)).toEqual({ text: 'Unsaved changes', dirtyMark: true })
  })

  it('is dirty, not saved, when text was typed while the save was on its way', () => {
    const after = run(saving, edited('# A!!'), succeeded('v1'))
    expect(after).toEqual({ state: 'dirty', text: '# A!!', disk: { text: '# A!', version: 'v1' } })
    expect(saveStatus(after).text).toBe('Unsaved changes')
  })

  it('saves once more when asked again during a save, building on the version just written', () => {
    const again = run(saving, edited('# A!!'), START)
    expect(again).toMatchObject({ state: 'saving', writing: '# A!', again: true })
    const second = run(again, succeeded('v1'))
    expect(second).toEqual({ state: 'saving', text: '# A!!', disk: { text: '# A!', version: 'v1' }, writing: '# A!!', again: false })
    expect(run(second, succeeded('v2'))).toMatchObject({ state: 'saved', disk: { text: '# A!!', version: 'v2' } })
  })

  it('shows the error and keeps the mark when a save fails with unsaved text', () => {
    const failed = run(saving, { type: 'saveFailed', message: 'disk full' })
    expect(failed).toMatchObject({ state: 'error', message: 'disk full', disk: V0 })
    expect(saveStatus(failed)).toEqual({ text: 'Not saved: disk full', dirtyMark: true })
  })

  it('shows the error without the mark when the failed save had nothing unsaved', () => {
    const failed = run(clean, START, { type: 'saveFailed', message: 'disk full' })
    expect(saveStatus(failed)).toEqual({ text: 'Not saved: disk full', dirtyMark: false })
  })

  it('leaves an error for dirty or clean on the next edit, and can save again', () => {
    const failed = run(saving, { type: 'saveFailed', message: 'disk full' })
    expect(run(failed, edited('# A!!')).state).toBe('dirty')
    expect(run(failed, edited('# A')).state).toBe('clean')
    expect(run(failed, START).state).toBe('saving')
  })
})

describe('save session: conflicts', () => {
  // Regression: after Ctrl+S met a newer file, the bar stayed on "Saving…" behind the conflict banner.
  it('is in conflict, not "Saving…", when a save is refused because the file changed on disk', () => {
    expect(conflict).toMatchObject({ state: 'conflict', theirs: THEIRS, disk: V0, text: '# A!' })
    expect(saveStatus(conflict)).toEqual({ text: 'Conflict with the file on disk', dirtyMark: true })
  })

  it('never writes on Ctrl+S during a conflict: only a choice ends it', () => {
    expect(run(conflict, START)).toBe(conflict)
  })

  it('keeps typed text in the conflict, as "mine"', () => {
    expect(run(conflict, edited('# A!!'))).toMatchObject({ state: 'conflict', text: '# A!!', theirs: THEIRS })
  })

  it('"keep mine" saves the editor text over the disk version', () => {
    const keep = run(conflict, { type: 'keptMine' })
    expect(keep).toEqual({ state: 'saving', text: '# A!', disk: THEIRS, writing: '# A!', again: false })
    expect(run(keep, succeeded('v2'))).toMatchObject({ state: 'saved', disk: { text: '# A!', version: 'v2' } })
  })

  it('"take theirs" takes the disk text and version, clean', () => {
    expect(run(conflict, { type: 'tookTheirs' })).toEqual({ state: 'clean', text: THEIRS.text, disk: THEIRS })
  })

  it('ignores the choices outside a conflict', () => {
    expect(run(dirty, { type: 'keptMine' })).toBe(dirty)
    expect(run(dirty, { type: 'tookTheirs' })).toBe(dirty)
  })
})

describe('save session: changes on disk', () => {
  it('reloads silently while clean or saved', () => {
    expect(run(clean, changedOnDisk())).toEqual({ state: 'clean', text: THEIRS.text, disk: THEIRS })
    expect(run(saving, succeeded('v1'), changedOnDisk())).toEqual({ state: 'clean', text: THEIRS.text, disk: THEIRS })
  })

  it('asks (conflict) while dirty, keeping the editor text', () => {
    expect(run(dirty, changedOnDisk())).toEqual({ state: 'conflict', text: '# A!', disk: V0, theirs: THEIRS })
  })

  it('asks while a failed save left unsaved text, and reloads when it left none', () => {
    expect(run(saving, { type: 'saveFailed', message: 'x' }, changedOnDisk()).state).toBe('conflict')
    expect(run(clean, START, { type: 'saveFailed', message: 'x' }, changedOnDisk())).toMatchObject({ state: 'clean', disk: THEIRS })
  })

  it('ignores its own save coming back as a change (same version)', () => {
    const saved = run(saving, succeeded('v1'))
    expect(run(saved, changedOnDisk({ text: '# A!', version: 'v1' }))).toBe(saved)
    const typing = run(saved, edited('# A!!'))
    expect(run(typing, changedOnDisk({ text: '# A!', version: 'v1' }))).toBe(typing)
  })

  it('leaves a save in flight to decide', () => {
    expect(run(saving, changedOnDisk())).toBe(saving)
  })

  it('follows the disk while in conflict: a newer version replaces theirs, the old one ends the conflict', () => {
    const newer = { text: '# A (newer)', version: 'v-newer' }
    expect(run(conflict, changedOnDisk(newer))).toMatchObject({ state: 'conflict', theirs: newer })
    expect(run(conflict, changedOnDisk(V0))).toEqual({ state: 'dirty', text: '# A!', disk: V0 })
  })

  it('has no conflict when the disk already holds the editor text', () => {
    expect(run(dirty, changedOnDisk({ text: '# A!', version: 'v-same' }))).toEqual({ state: 'clean', text: '# A!', disk: { text: '# A!', version: 'v-same' } })
  })

  it('ignores save outcomes when no save is on its way', () => {
    expect(run(dirty, succeeded('v9'))).toBe(dirty)
    expect(run(dirty, conflicted)).toBe(dirty)
    expect(run(dirty, { type: 'saveFailed', message: 'x' })).toBe(dirty)
  })
})

describe('save session: the bar follows the state in every sequence', () => {
  const alphabet: SaveEvent[] = [
    edited('# A'), edited('# A!'), edited('# B'), START, succeeded('v1'), succeeded('v2'), conflicted,
    { type: 'saveFailed', message: 'm' }, { type: 'keptMine' }, { type: 'tookTheirs' }, changedOnDisk(), changedOnDisk(V0),
  ]
  /** What is wrong with the bar for a session, if anything. */
  const barProblem = (status: { text: string; dirtyMark: boolean }, session: SaveSession): string | null => {
    const unsaved = session.state === 'saving' || hasUnsavedText(session) || session.state === 'conflict'
    if (status.dirtyMark !== unsaved) return `mark ${status.dirtyMark} with unsaved work ${unsaved}`
    if ((status.text === 'Saved' || status.text === '') && hasUnsavedText(session)) return `"${status.text}" with unsaved text`
    if (status.text === 'Saving…' && session.state !== 'saving') return '"Saving…" with no save on its way'
    return null
  }

  it('can tell a wrong bar (the old "● Saved" and "Saving…" behind a conflict)', () => {
    expect(barProblem({ text: 'Saved', dirtyMark: true }, run(saving, succeeded('v1'), edited('# A!!')))).not.toBeNull()
    expect(barProblem({ text: 'Saving…', dirtyMark: true }, conflict)).not.toBeNull()
  })

  it('never shows "Saved" with unsaved text or a stale "Saving…", and the mark exactly when there is unsaved work', () => {
    // Every sequence of four events from the alphabet, checked after every step.
    let sequences: SaveEvent[][] = [[]]
    for (let depth = 0; depth < 4; depth++) sequences = sequences.flatMap((s) => alphabet.map((e) => [...s, e]))
    const problems: string[] = []
    for (const sequence of sequences) {
      let session = clean
      sequence.forEach((event, i) => {
        session = nextSaveSession(session, event)
        const problem = barProblem(saveStatus(session), session)
        if (problem) problems.push(`${sequence.slice(0, i + 1).map((e) => e.type).join(' → ')}: ${problem}`)
      })
    }
    expect(sequences).toHaveLength(12 ** 4)
    expect(problems.slice(0, 5)).toEqual([])
  })
})
