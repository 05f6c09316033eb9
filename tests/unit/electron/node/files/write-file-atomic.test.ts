import { chmodSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../../../../electron/node/files/write-file-atomic'
import { useTempDir } from '../../../../helpers/temp-dir'

describe('writeFileAtomic', () => {
  const tempDir = useTempDir()

  it('replaces a file, keeps its permissions and leaves no temporary file', async () => {
    const dir = tempDir()
    const file = join(dir, 'deck.md')
    writeFileSync(file, 'old')
    chmodSync(file, 0o600)
    await writeFileAtomic(file, 'new')
    expect(readFileSync(file, 'utf8')).toBe('new')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(readdirSync(dir)).toEqual(['deck.md'])
  })

  it('refuses to write over a directory and leaves it alone', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'out.html'))
    await expect(writeFileAtomic(join(dir, 'out.html'), 'x')).rejects.toMatchObject({ code: 'E_WRITE', message: expect.stringContaining('is a directory') })
    expect(statSync(join(dir, 'out.html')).isDirectory()).toBe(true)
  })

  it('fails clearly when the folder does not exist', async () => {
    const file = join(tempDir(), 'missing', 'out.html')
    await expect(writeFileAtomic(file, 'x')).rejects.toMatchObject({ code: 'E_WRITE', message: `${file}: cannot write (its folder does not exist)` })
  })
})
