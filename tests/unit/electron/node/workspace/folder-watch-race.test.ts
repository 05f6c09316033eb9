import { renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { watchFolder } from '../../../../../electron/node/workspace/folder-watch'
import { useTempDir } from '../../../../helpers/temp-dir'

describe('watchFolder right after an atomic save', () => {
  const tempDir = useTempDir()

  it('still reports a write made while the watcher is taking up the renamed file', async () => {
    const dir = tempDir()
    const file = join(dir, 'deck.md')
    writeFileSync(file, '# 0')
    const reportedAt: number[] = []
    const watch = watchFolder(dir, () => reportedAt.push(Date.now()), () => {})
    await new Promise((resolve) => setTimeout(resolve, 300))
    for (let i = 1; i <= 15; i++) {
      writeFileSync(join(dir, `.deck.md.${i}`), `# renamed ${i}`)
      renameSync(join(dir, `.deck.md.${i}`), file)
      await expect.poll(() => reportedAt.length, { timeout: 5000 }).toBeGreaterThanOrEqual(1)
      // The editor writes again the moment the rename was seen: the write must be reported too.
      const writtenAt = Date.now()
      writeFileSync(file, `# in place ${i} ${'x'.repeat(i)}`)
      await expect.poll(() => reportedAt.some((t) => t >= writtenAt), { timeout: 5000 }).toBe(true)
      reportedAt.length = 0
    }
    await watch.close()
  }, 60_000)
})
