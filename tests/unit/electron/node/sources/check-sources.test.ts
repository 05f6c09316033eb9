import { mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadBriefing } from '../../../../../electron/node/decks/load-decks'
import { type SourceCache, checkDeckSources } from '../../../../../electron/node/sources/check-sources'
import { useTempDir } from '../../../../helpers/temp-dir'

const tempDir = useTempDir()
const deck = (file: string) => `---\nsources:\n  - id: src\n    title: Note\n    file: ${file}\n---\n\n## Trade [@src]\n\nA deficit of $12.6 bn.\n`

async function checked(dir: string, name = 'deck.md') {
  const briefing = await loadBriefing(join(dir, name), { assets: { root: dir, url: (path) => path } })
  return checkDeckSources(briefing.decks)
}

describe('checkDeckSources: the figure check on files', () => {
  it('reads the source beside the deck and warns of a figure not in it', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'note.txt'), 'A deficit of $12.5 billion.')
    writeFileSync(join(dir, 'deck.md'), deck('note.txt'))
    expect(await checked(dir)).toEqual([expect.objectContaining({ code: 'W_FIGURE', line: 10, message: expect.stringContaining('the closest figure there is $12.5 billion') })])
  })

  it('takes the sources of the folder\'s briefing.yml for a deck built alone', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'note.txt'), 'A deficit of $12.5 billion.')
    writeFileSync(join(dir, 'briefing.yml'), 'sources:\n  - id: src\n    file: note.txt\n')
    writeFileSync(join(dir, 'deck.md'), '## Trade [@src]\n\nA deficit of $12.6 bn.\n')
    expect((await checked(dir)).map((d) => d.code)).toEqual(['W_FIGURE'])
  })

  it('does not read a source file that leads outside the deck\'s folder, and says its figures are unchecked', async () => {
    const root = tempDir()
    const dir = join(root, 'decks')
    mkdirSync(dir)
    writeFileSync(join(root, 'secret.txt'), 'A deficit of $12.6 bn.')
    symlinkSync(join(root, 'secret.txt'), join(dir, 'note.txt'))
    writeFileSync(join(dir, 'deck.md'), deck('note.txt'))
    expect(await checked(dir)).toEqual([expect.objectContaining({ code: 'W_SOURCE_FILE', line: 8, message: expect.stringContaining('leads outside the deck\'s folder') })])
  })

  it('reads a source once while it is unchanged, and again once it changes, with a kept cache (the editor\'s server)', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'note.txt'), 'A deficit of $12.5 billion.')
    writeFileSync(join(dir, 'deck.md'), deck('note.txt'))
    const briefing = await loadBriefing(join(dir, 'deck.md'), { assets: { root: dir, url: (path) => path } })
    const cache: SourceCache = new Map()
    expect((await checkDeckSources(briefing.decks, cache)).map((d) => d.code)).toEqual(['W_FIGURE'])
    expect(cache.size).toBe(1)
    await checkDeckSources(briefing.decks, cache)
    expect(cache.size).toBe(1)
    writeFileSync(join(dir, 'note.txt'), 'A deficit of $12.6 billion, not 12.5.')
    utimesSync(join(dir, 'note.txt'), new Date(), new Date(Date.now() + 5000))
    expect(await checkDeckSources(briefing.decks, cache)).toEqual([])
  })

  it('does not follow a folder symlinked out of the deck\'s folder, nor a path written to climb out', async () => {
    const root = tempDir()
    const dir = join(root, 'decks')
    mkdirSync(join(root, 'elsewhere'))
    mkdirSync(dir)
    writeFileSync(join(root, 'elsewhere', 'note.txt'), 'A deficit of $12.6 bn.')
    symlinkSync(join(root, 'elsewhere'), join(dir, 'sources'))
    writeFileSync(join(dir, 'deck.md'), deck('sources/note.txt'))
    expect(await checked(dir)).toEqual([expect.objectContaining({ code: 'W_SOURCE_FILE', message: expect.stringContaining('sources/note.txt leads outside the deck\'s folder and is not read') })])
    writeFileSync(join(dir, 'deck.md'), deck('sources/../../elsewhere/note.txt'))
    const briefing = await loadBriefing(join(dir, 'deck.md'), { assets: { root: dir, url: (path) => path } })
    expect(briefing.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'E_SOURCE', line: 2, message: expect.stringContaining('must be a path inside the deck\'s folder') })]))
    expect(await checkDeckSources(briefing.decks)).toEqual([])
  })

  it('says when a source file is missing', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'deck.md'), deck('gone.txt'))
    expect(await checked(dir)).toEqual([expect.objectContaining({ code: 'W_SOURCE_FILE', message: 'source `src`: its file gone.txt is not there (it is read beside the deck); figures citing it are not checked' })])
  })
})
