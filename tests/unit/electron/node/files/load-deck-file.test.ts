import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDeckFile } from '../../../../../electron/node/files/load-deck-file'
import { useTempDir } from '../../../../helpers/temp-dir'

describe('loadDeckFile', () => {
  const tempDir = useTempDir()

  it('reads a UTF-8 deck', async () => {
    const file = join(tempDir(), 'd.md')
    writeFileSync(file, '# नमस्ते\n')
    await expect(loadDeckFile(file)).resolves.toBe('# नमस्ते\n')
  })

  it('names a missing file', async () => {
    const file = join(tempDir(), 'nope.md')
    await expect(loadDeckFile(file)).rejects.toMatchObject({ code: 'E_NOT_FOUND', message: `${file}:1: no such file` })
  })

  it('refuses a directory', async () => {
    const dir = join(tempDir(), 'deck.md')
    mkdirSync(dir)
    await expect(loadDeckFile(dir)).rejects.toMatchObject({ code: 'E_IS_DIRECTORY', message: expect.stringContaining(`${dir}:1: is a directory`) })
  })

  it('refuses binary data, naming the line of the first NUL byte', async () => {
    const file = join(tempDir(), 'img.md')
    writeFileSync(file, Buffer.from([0x23, 0x0a, 0x0a, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))
    await expect(loadDeckFile(file)).rejects.toMatchObject({ code: 'E_NOT_TEXT', message: expect.stringContaining(`${file}:3: binary data`) })
  })

  it('refuses text that is not UTF-8, naming its line', async () => {
    const file = join(tempDir(), 'latin1.md')
    writeFileSync(file, Buffer.concat([Buffer.from('# ok\nline two\ncaf'), Buffer.from([0xe9]), Buffer.from('\n')]))
    await expect(loadDeckFile(file)).rejects.toMatchObject({ code: 'E_NOT_TEXT', message: expect.stringContaining(`${file}:3: not valid UTF-8`) })
  })

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', async () => {
    const file = join(tempDir(), 'secret.md')
    writeFileSync(file, '# x')
    chmodSync(file, 0o000)
    await expect(loadDeckFile(file)).rejects.toMatchObject({ code: 'E_UNREADABLE', message: `${file}:1: permission denied` })
  })
})
