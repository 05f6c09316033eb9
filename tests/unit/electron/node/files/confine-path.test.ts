import { execFileSync } from 'node:child_process'
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { confine, confineNew, confineSync, openConfined, openInside } from '../../../../../electron/node/files/confine-path'
import { useTempDir } from '../../../../helpers/temp-dir'

describe('confine', () => {
  const tempDir = useTempDir()
  const setup = () => {
    const dir = tempDir()
    const root = join(dir, 'root')
    const outside = join(dir, 'outside')
    mkdirSync(join(root, 'sub'), { recursive: true })
    mkdirSync(outside)
    writeFileSync(join(root, 'deck.md'), '# A')
    writeFileSync(join(outside, 'secret.txt'), 'secret')
    symlinkSync(join(outside, 'secret.txt'), join(root, 'link.md'))
    symlinkSync(outside, join(root, 'out-dir'))
    symlinkSync(join(root, 'deck.md'), join(root, 'sub', 'inner.md'))
    return { root: realpathSync(root), outside }
  }

  it('resolves files inside the folder, symlinks that stay inside included', async () => {
    const { root } = setup()
    expect(await confine(root, 'deck.md')).toEqual({ ok: true, file: join(root, 'deck.md') })
    expect(await confine(root, 'sub/inner.md')).toEqual({ ok: true, file: join(root, 'deck.md') })
    expect(confineSync(root, 'deck.md')).toEqual({ ok: true, file: join(root, 'deck.md') })
  })

  it('refuses symlinks and climbs that lead outside, and says when a file is missing', async () => {
    const { root } = setup()
    expect(await confine(root, 'link.md')).toEqual({ ok: false, reason: 'outside' })
    expect(await confine(root, 'out-dir/secret.txt')).toEqual({ ok: false, reason: 'outside' })
    expect(await confine(root, '../outside/secret.txt')).toEqual({ ok: false, reason: 'outside' })
    expect(await confine(root, 'nope.md')).toEqual({ ok: false, reason: 'missing' })
    expect(confineSync(root, 'link.md')).toEqual({ ok: false, reason: 'outside' })
  })
})

describe('confineNew (paths to create)', () => {
  const tempDir = useTempDir()

  it('allows new files in the folder and in folders still to be made', async () => {
    const root = realpathSync(tempDir())
    expect(await confineNew(root, 'new.md')).toEqual({ ok: true, file: join(root, 'new.md') })
    expect(await confineNew(root, 'assets/img/a.png')).toEqual({ ok: true, file: join(root, 'assets', 'img', 'a.png') })
  })

  it('refuses a folder or a file that is a symlink leading outside, and `..`', async () => {
    const dir = tempDir()
    const root = join(dir, 'root')
    mkdirSync(root)
    mkdirSync(join(dir, 'outside'))
    symlinkSync(join(dir, 'outside'), join(root, 'assets'))
    symlinkSync(join(dir, 'outside', 'x.md'), join(root, 'dangling.md'))
    expect(await confineNew(root, 'assets/a.png')).toEqual({ ok: false, reason: 'outside' })
    expect(await confineNew(root, 'assets/deeper/a.png')).toEqual({ ok: false, reason: 'outside' })
    expect(await confineNew(root, 'dangling.md')).toEqual({ ok: false, reason: 'outside' })
    expect(await confineNew(root, '../x.md')).toEqual({ ok: false, reason: 'outside' })
  })

  it('says missing when the folder itself is gone', async () => {
    expect(await confineNew(join(tempDir(), 'gone'), 'a.md')).toEqual({ ok: false, reason: 'missing' })
  })
})

describe('openConfined', () => {
  const tempDir = useTempDir()

  it('opens a regular file inside the root, with its size, and refuses what is outside or missing', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'root'))
    writeFileSync(join(dir, 'root', 'a.png'), 'four')
    writeFileSync(join(dir, 'secret'), 'SECRET')
    symlinkSync(join(dir, 'secret'), join(dir, 'root', 'link'))
    const opened = await openConfined(join(dir, 'root'), 'a.png')
    if (!opened.ok) throw new Error(opened.reason)
    expect(opened.size).toBe(4)
    expect((await opened.handle.readFile()).toString()).toBe('four')
    await opened.handle.close()
    expect(await openConfined(join(dir, 'root'), 'link')).toEqual({ ok: false, reason: 'outside' })
    expect(await openConfined(join(dir, 'root'), 'gone.png')).toEqual({ ok: false, reason: 'missing' })
  })

  it.runIf(process.platform === 'linux')('checks the file it opened, not only the path it checked: a path that leads out by the time it is opened is refused', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'root'))
    writeFileSync(join(dir, 'secret'), 'SECRET')
    // What a folder swapped for a symlink between the check and the open comes to: the path opened leads out.
    symlinkSync(join(dir, 'secret'), join(dir, 'root', 'swapped'))
    expect(await openInside(join(dir, 'root'), join(dir, 'root', 'swapped'))).toEqual({ ok: false, reason: 'outside' })
  })

  it.runIf(process.platform === 'linux')('refuses a FIFO in the folder at once instead of waiting for a writer', async () => {
    const dir = tempDir()
    execFileSync('mkfifo', [join(dir, 'pipe')])
    expect(await openConfined(dir, 'pipe')).toEqual({ ok: false, reason: 'missing' })
  })
})
