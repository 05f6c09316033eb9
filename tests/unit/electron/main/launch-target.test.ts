import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { type PathKind, argumentPath, launchTarget, secondInstanceRequest, userArgs } from '../../../../electron/main/launch-target'

const HOME = resolve('/home/ana')
const APP = resolve('/src/briefdeck')
/** A file system of a few paths, for the decisions that only ask what a path is. */
const disk = (entries: Record<string, PathKind>) => (path: string): PathKind => entries[path] ?? null
const fs = disk({ [join(HOME, 'briefings')]: 'folder', [join(HOME, 'briefings', 'q3.md')]: 'file', [join(HOME, 'notes.txt')]: 'file', [APP]: 'folder', [join(APP, 'slides')]: 'folder' })

describe('launchTarget', () => {
  it('resolves a second instance’s relative path against the directory it was started in, not the first instance’s', () => {
    const request = secondInstanceRequest(['/usr/bin/briefdeck', 'briefings/q3.md'], HOME, { args: ['briefings/q3.md'], cwd: HOME })
    expect(launchTarget(request, APP, fs)).toEqual({ folder: join(HOME, 'briefings'), deck: 'q3.md' })
    // Without additional data (an older instance), Electron's workingDirectory is the base.
    expect(launchTarget(secondInstanceRequest(['/usr/bin/briefdeck', 'briefings'], HOME, null), APP, fs)).toEqual({ folder: join(HOME, 'briefings') })
  })

  it('skips the app path in development (`electron <app path> …`), so a second `npm start` keeps the library', () => {
    expect(launchTarget({ args: userArgs(['/opt/electron', APP]), cwd: APP }, APP, fs)).toBeNull()
    expect(launchTarget({ args: userArgs(['/opt/electron', '.', 'slides']), cwd: APP }, APP, fs)).toEqual({ folder: join(APP, 'slides') })
  })

  it('keeps the deck of a file the OS opens, not only its folder', () => {
    expect(launchTarget({ args: [join(HOME, 'briefings', 'q3.md')], cwd: '/' }, null, fs)).toEqual({ folder: join(HOME, 'briefings'), deck: 'q3.md' })
  })

  it('takes the last argument that is a folder or a deck, and ignores switches, other files and missing paths', () => {
    const argv = ['/opt/Briefdeck/briefdeck', '--ozone-platform=x11', '-psn_0_12345', 'briefings', 'notes.txt', 'gone.md']
    expect(launchTarget({ args: userArgs(argv), cwd: HOME }, APP, fs)).toEqual({ folder: join(HOME, 'briefings') })
  })
})

describe('argumentPath', () => {
  it('turns a file:// URL (a .desktop file’s %U) into its path', () => {
    const path = join(HOME, 'My Briefings', 'q3 plan.md')
    expect(argumentPath(pathToFileURL(path).href, '/')).toBe(path)
  })

  it('takes no other URL for a path', () => {
    for (const url of ['https://example.com/deck.md', 'briefdeck://files/a.md', 'mailto:a@b.c']) expect(argumentPath(url, HOME)).toBeNull()
  })
})

describe('secondInstanceRequest', () => {
  it('ignores additional data that is not a launch request', () => {
    for (const data of [{ args: 'x', cwd: HOME }, { args: [1], cwd: HOME }, { args: [] }, 'x']) {
      expect(secondInstanceRequest(['/usr/bin/briefdeck', 'a.md'], '/tmp', data)).toEqual({ args: ['a.md'], cwd: '/tmp' })
    }
  })
})
