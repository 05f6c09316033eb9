import { describe, expect, it } from 'vitest'
import { mergeSources, readSources, referenceText } from '../../../../../renderer/core/sources/sources'

const place = { file: 'deck.md', line: 4 }

describe('readSources: sources declared once', () => {
  it('reads a list of sources with ids, or a mapping from id to details', () => {
    const list = readSources([{ id: 'fp', title: 'On the visit', outlet: 'Firstpost', date: '2025-08-30', url: 'https://example.org/a', file: 'src/article.txt' }], place)
    const map = readSources({ fp: { title: 'On the visit', outlet: 'Firstpost' } }, place)
    expect(list).toEqual({ sources: [{ id: 'fp', title: 'On the visit', outlet: 'Firstpost', date: '2025-08-30', url: 'https://example.org/a', file: 'src/article.txt' }], diagnostics: [] })
    expect(map.sources).toEqual([{ id: 'fp', title: 'On the visit', outlet: 'Firstpost' }])
  })

  it('reports a missing id, a duplicate, a non-http url and a file outside the folder at the sources line, keeping the rest', () => {
    const { sources, diagnostics } = readSources([
      { title: 'no id' }, { id: 'a' }, { id: 'a' }, { id: 'b', url: 'javascript:alert(1)' }, { id: 'c', file: '../secret.txt' }, { id: 'd', file: '/etc/passwd' },
    ], place)
    expect(sources.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd'])
    expect(sources.find((s) => s.id === 'b')?.url).toBeUndefined()
    expect(sources.find((s) => s.id === 'c')?.file).toBeUndefined()
    expect(sources.find((s) => s.id === 'd')?.file).toBeUndefined()
    expect(diagnostics).toHaveLength(5)
    expect(diagnostics.every((d) => d.code === 'E_SOURCE' && d.line === 4 && d.file === 'deck.md')).toBe(true)
  })

  it('lets a deck redeclare a folder source by its id', () => {
    expect(mergeSources([{ id: 'a', title: 'folder' }, { id: 'b' }], [{ id: 'a', title: 'deck' }])).toEqual([{ id: 'b' }, { id: 'a', title: 'deck' }])
  })

  it('writes a reference from the details it has', () => {
    expect(referenceText({ id: 'fp', author: 'A writer', title: 'On the visit', outlet: 'Firstpost', note: 'no headline' }, 'p. 3')).toBe('A writer, On the visit, Firstpost, p. 3 (no headline).')
    expect(referenceText({ id: 'bare' })).toBe('bare.')
  })
})
