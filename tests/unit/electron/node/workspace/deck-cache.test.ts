import { utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type DeckCache, createDeckCache } from '../../../../../electron/node/workspace/deck-cache'
import { openDeckFolder } from '../../../../../electron/node/workspace/deck-folder'
import { useTempDir } from '../../../../helpers/temp-dir'

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')

describe('the deck cache', () => {
  const tempDir = useTempDir()
  let tick = 1_700_000_000
  /** Writes a file with a later modification time than any before it, as a save a second later would. */
  const save = (file: string, text: string | Buffer): void => {
    writeFileSync(file, text)
    tick += 10
    utimesSync(file, tick, tick)
  }
  const cacheOf = (folder: string): DeckCache => createDeckCache(openDeckFolder(folder), (path) => `/files/${path}`)
  /** What a cache that never saw the deck compiles it to: the reference a kept cache must match. */
  const fresh = async (folder: string, path: string) => (await cacheOf(folder).compile(path)).snapshot

  it('compiles a deck edited on disk exactly as a fresh compile does, slides changed, moved, added and removed', async () => {
    const folder = tempDir()
    const file = join(folder, 'talk.md')
    const slides = ['# One\n\nFirst *point*.', '## Two\n\n- a\n- b', '## Three\n\n![Map](map.png)\n\nNote: say it', '## Four\n\n| a | b |\n|---|---|\n| 1 | 2 |']
    save(file, slides.join('\n\n---\n\n'))
    const cache = cacheOf(folder)
    await cache.compile('talk.md')
    for (const next of [
      [slides[0], slides[1], '## Three, edited\n\n![Map](map.png)\n\nNote: say it', slides[3]],
      ['## New first', ...slides],
      [slides[3], slides[2], slides[1]],
      [slides[0], slides[0], slides[0]],
    ]) {
      save(file, next.join('\n\n---\n\n'))
      const kept = (await cache.compile('talk.md')).snapshot
      expect(kept).toEqual(await fresh(folder, 'talk.md'))
    }
  })

  it('compiles again as fresh once an image appears (the folder\'s change clears it) and when briefing.yml changes', async () => {
    const folder = tempDir()
    const file = join(folder, 'talk.md')
    save(file, '# Talk\n\n![Map](map.png)\n\n---\n\n## Second')
    const cache = cacheOf(folder)
    const missing = (await cache.compile('talk.md')).snapshot
    expect(missing.diagnostics.map((d) => d.message).join(' ')).toContain('map.png')
    save(join(folder, 'map.png'), PNG)
    cache.clear()
    const found = (await cache.compile('talk.md')).snapshot
    expect(found).toEqual(await fresh(folder, 'talk.md'))
    expect(found.sectionsHtml).toContain('/files/map.png')
    save(join(folder, 'briefing.yml'), 'marking: CONFIDENTIAL\n')
    const marked = (await cache.compile('talk.md')).snapshot
    expect(marked).toEqual(await fresh(folder, 'talk.md'))
    expect(marked.sectionsHtml).toContain('CONFIDENTIAL')
  })
})
