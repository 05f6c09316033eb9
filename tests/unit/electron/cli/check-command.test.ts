import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkCommand } from '../../../../electron/cli/check-command'
import { useTempDir } from '../../../helpers/temp-dir'

const tempDir = useTempDir()
const deck = (file: string) => `---\nsources:\n  - id: src\n    title: Note\n${file}---\n\n## Trade [@src]\n\nA deficit of $12.6 bn.\n\nNote: slowly\n`

async function check(dir: string, strict: boolean): Promise<{ lines: string[]; error: unknown }> {
  const lines: string[] = []
  const error = await checkCommand({ input: join(dir, 'deck.md'), strict, quiet: false }, (line) => lines.push(line)).then(() => null, (e: unknown) => e)
  return { lines, error }
}

describe('briefdeck check', () => {
  it('prints file:line findings like the compiler, and fails on them only with --strict', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'note.txt'), 'A deficit of $12.5 billion.')
    writeFileSync(join(dir, 'deck.md'), deck('    file: note.txt\n'))
    const plain = await check(dir, false)
    expect(plain.error).toBeNull()
    expect(plain.lines).toEqual([
      `${join(dir, 'deck.md')}:10: warning: slide 1: $12.6 bn is not in \`src\` (note.txt); the closest figure there is $12.5 billion`,
      'checked 1 deck, 1 slide: 0 errors, 1 warning, 0 infos',
    ])
    expect((await check(dir, true)).error).toMatchObject({ code: 'E_COMPILE', message: expect.stringContaining('1 warning and --strict') })
  })

  it('says which cited sources had no local copy to compare with, so "0 warnings" is not read as "checked"', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'deck.md'), deck(''))
    const { lines, error } = await check(dir, true)
    expect(error).toBeNull()
    expect(lines).toEqual(['checked 1 deck, 1 slide: 0 errors, 0 warnings, 0 infos; not compared with a source (no local `file:`): @src'])
  })
})
