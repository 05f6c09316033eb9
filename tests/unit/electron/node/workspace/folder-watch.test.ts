import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
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
    writeFileSync(join(dir, 'deck.md'), '# 0')
    const { batches, watch } = await watching(dir)
    for (let i = 1; i <= 10; i++) {
      const temp = join(dir, `.deck.md.${i}.tmp`)
      writeFileSync(temp, `# renamed ${i}`)
      renameSync(temp, join(dir, 'deck.md'))
      await saved(batches, i)
      expect(batches[i - 1]).toEqual(['deck.md'])
    }
    for (let i = 11; i <= 20; i++) {
      writeFileSync(join(dir, 'deck.md'), `# in place ${i}`)
      await saved(batches, i)
    }
    await watch.close()
    // Twenty saves, each waited for through the watcher's settling delay: seconds, more on a busy machine.
  }, 30_000)

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
