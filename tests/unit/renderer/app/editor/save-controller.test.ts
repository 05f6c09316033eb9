import { describe, expect, it } from 'vitest'
import type { BriefdeckApi } from '../../../../../renderer/core/api/contract'
import { BriefdeckError } from '../../../../../renderer/core/errors'
import { SaveController } from '../../../../../renderer/app/editor/save-controller'
import { type SaveSession, saveStatus } from '../../../../../renderer/app/editor/save-session'

/** One deck file in memory, versioned like the workspace: a save must name the version on disk. */
function fakeDisk(text: string) {
  let n = 0
  const disk = { text, version: 'v0' }
  const saves: Array<{ text: string; baseVersion: string | null }> = []
  let hold: Promise<void> = Promise.resolve()
  let afterSave = () => {}
  const api = {
    async invoke(channel: string, request: { text: string; baseVersion: string | null }) {
      if (channel === 'deck.read') return { ...disk }
      if (channel !== 'deck.save') throw new Error(`unexpected ${channel}`)
      saves.push({ text: request.text, baseVersion: request.baseVersion })
      await hold
      if (request.baseVersion !== disk.version) throw new BriefdeckError('E_CONFLICT', 'changed on disk')
      Object.assign(disk, { text: request.text, version: `v${++n}` })
      const version = disk.version
      afterSave()
      return { version }
    },
    on: () => () => {},
  } as unknown as BriefdeckApi
  return {
    api, disk, saves,
    /** Another program writes the file. */
    write(next: string) {
      Object.assign(disk, { text: next, version: `other${++n}` })
    },
    /** Runs right after each save is written, before its reply. */
    afterSave(run: () => void) {
      afterSave = run
    },
    /** Saves wait until the returned function is called. */
    holdSaves(): () => void {
      let release = () => {}
      hold = new Promise((resolve) => (release = resolve))
      return release
    },
  }
}

function controller(text = '# A') {
  const disk = fakeDisk(text)
  const shown: SaveSession[] = []
  const replaced: string[] = []
  const saves = new SaveController(disk.api, 'deck.md', { ...disk.disk }, { show: (s) => shown.push(s), replaceText: (t) => replaced.push(t) })
  return { disk, saves, shown, replaced }
}

describe('SaveController', () => {
  it('saves with the version it loaded, and shows "Saved"', async () => {
    const { disk, saves, shown } = controller()
    saves.edited('# A!')
    await saves.save()
    expect(disk.saves).toEqual([{ text: '# A!', baseVersion: 'v0' }])
    expect(shown.map((s) => saveStatus(s).text)).toEqual(['Unsaved changes', 'Saving…', 'Saved'])
  })

  it('ends a save refused by a newer file in conflict, with the disk text as theirs', async () => {
    const { disk, saves, shown } = controller()
    saves.edited('# A (mine)')
    disk.write('# A (theirs)')
    await saves.save()
    expect(saves.session).toMatchObject({ state: 'conflict', theirs: { text: '# A (theirs)' } })
    expect(saveStatus(shown.at(-1)!).text).toBe('Conflict with the file on disk')
    expect(disk.disk.text).toBe('# A (theirs)')
  })

  it('"keep mine" writes over the version on disk', async () => {
    const { disk, saves } = controller()
    saves.edited('# A (mine)')
    disk.write('# A (theirs)')
    await saves.save()
    await saves.keepMine()
    expect(disk.disk.text).toBe('# A (mine)')
    expect(saves.session.state).toBe('saved')
  })

  it('"take theirs" puts the disk text into the editor', async () => {
    const { disk, saves, replaced } = controller()
    saves.edited('# A (mine)')
    disk.write('# A (theirs)')
    await saves.diskChanged()
    saves.takeTheirs()
    expect(replaced).toEqual(['# A (theirs)'])
    expect(saves.session).toMatchObject({ state: 'clean', text: '# A (theirs)' })
  })

  it('saves again, on the version just written, when asked during a save with newer text', async () => {
    const { disk, saves } = controller()
    const release = disk.holdSaves()
    saves.edited('# A!')
    const first = saves.save()
    saves.edited('# A!!')
    const second = saves.save()
    release()
    await Promise.all([first, second])
    expect(disk.saves).toEqual([{ text: '# A!', baseVersion: 'v0' }, { text: '# A!!', baseVersion: 'v1' }])
    expect(saves.session.state).toBe('saved')
  })

  it('reloads a clean editor silently when the file changes, and ignores its own save coming back', async () => {
    const { disk, saves, replaced } = controller()
    saves.edited('# A!')
    await saves.save()
    await saves.diskChanged()
    expect(replaced).toEqual([])
    disk.write('# B')
    await saves.diskChanged()
    expect(replaced).toEqual(['# B'])
    expect(saves.session).toMatchObject({ state: 'clean', disk: { text: '# B' } })
  })

  it('looks at a change on disk only once the save on its way has landed (the change may come after it)', async () => {
    const { disk, saves, replaced } = controller()
    const release = disk.holdSaves()
    // The watcher reports our write and another program's, just after it, as one change.
    disk.afterSave(() => disk.write('# B'))
    saves.edited('# A!')
    const saving = saves.save()
    const change = saves.diskChanged()
    release()
    await Promise.all([saving, change])
    expect(saves.session).toMatchObject({ state: 'clean', disk: { text: '# B' } })
    expect(replaced).toEqual(['# B'])
  })
})
