import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { watchFolder } from '../../../../../electron/node/workspace/folder-watch'
import { useTempDir } from '../../../../helpers/temp-dir'

describe('watchFolder', () => {
  const tempDir = useTempDir()

  const watching = async (dir: string) => {
    const batches: string[][] = []
    const failures: Error[] = []
    const watch = watchFolder(dir, (names) => batches.push(names), (error) => failures.push(error))
    await new Promise((resolve) => setTimeout(resolve, 300))
    return { batches, failures, watch }
  }
  const saved = async (batches: string[][], count: number) => {
    await expect.poll(() => batches.length, { timeout: 5000 }).toBe(count)
  }

  it('reports every save of a deck, ten by rename (atomic, as editors save) and ten in place', async () => {
    const dir = tempDir()
    const deck = join(dir, 'deck.md')
    writeFileSync(deck, '# 0')
    // What the file held when each report came: a save is reported when a report shows its text. A
    // busy machine may split one in-place write (truncate, then write) into two reports; that costs a
    // reload, while a save never reported would leave the view stale, which is what this catches.
    const seen: string[] = []
    const watch = watchFolder(dir, (names) => names.includes('deck.md') && seen.push(readFileSync(deck, 'utf8')), () => {})
    await new Promise((resolve) => setTimeout(resolve, 300))
    const reported = (text: string) => expect.poll(() => seen.includes(text), { timeout: 5000 }).toBe(true)
    for (let i = 1; i <= 10; i++) {
      const temp = join(dir, `.deck.md.${i}.tmp`)
      writeFileSync(temp, `# renamed ${i}`)
      renameSync(temp, deck)
      await reported(`# renamed ${i}`)
    }
    for (let i = 11; i <= 20; i++) {
      writeFileSync(deck, `# in place ${i}`)
      await reported(`# in place ${i}`)
    }
    await watch.close()
    // Twenty saves, each waited for through the watcher's settling delay: seconds, more on a busy machine.
  }, 30_000)

  it('reports a save made while the watcher is still starting', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'deck.md'), '# 0')
    const seen: string[][] = []
    const watch = watchFolder(dir, (names) => seen.push(names), () => {})
    // At once, before chokidar has read the folder: no event may come for this write.
    writeFileSync(join(dir, 'deck.md'), '# 1')
    await expect.poll(() => seen.flat(), { timeout: 5000 }).toContain('deck.md')
    await watch.close()
  })

  it('reports images in subfolders, new and removed decks, and says when the folder goes', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'assets'))
    const { batches, failures, watch } = await watching(dir)
    writeFileSync(join(dir, 'assets', 'a.png'), 'x')
    await saved(batches, 1)
    writeFileSync(join(dir, 'new.md'), '# New')
    await saved(batches, 2)
    rmSync(join(dir, 'new.md'))
    await saved(batches, 3)
    expect(batches).toEqual([['assets/a.png'], ['new.md'], ['new.md']])
    rmSync(dir, { recursive: true })
    await expect.poll(() => failures.map((f) => (f as { code?: string }).code), { timeout: 5000 }).toContain('E_NOT_FOUND')
    await watch.close()
  })
})
