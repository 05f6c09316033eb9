import { describe, expect, it } from 'vitest'
import { compileDeckText, createCompileMemo, distinctCharacters, styleKeyOf } from '../../../../../renderer/app/editor/compile-deck-text'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'

const deck = [
  '---', 'title: Hindi and Japanese', 'theme: briefing', 'highlightTheme: github', '---',
  '# नमस्ते *world*', '', '![map](img/map.png)', '', 'Note: 日本', '---', '## Code', '', '```js', 'const ü = 1', '```',
].join('\n')

describe('compileDeckText (the editor’s worker)', () => {
  it('compiles as the core does, without the DOM: slides, diagnostics, reveal.js options', () => {
    const compiled = compileDeckText(deck, 'd.md', new Map([['img/map.png', { ok: true, url: '/files/k/img/map.png' }]]), createCompileMemo())
    const core = parseDeck(deck, { file: 'd.md', resolveAsset: () => ({ ok: true, url: '/files/k/img/map.png' }) })
    expect(compiled.deck.slides.map((s) => s.html)).toEqual(core.deck.slides.map((s) => s.html))
    expect(compiled.deck.diagnostics).toEqual(core.diagnostics)
    expect(compiled.deck.config).toMatchObject({ width: 1280, height: 720 })
    expect(compiled.pendingAssets).toEqual([])
  })

  it('shows an image not looked up yet as a blank pixel, not as missing, and says it is pending', () => {
    const compiled = compileDeckText(deck, 'd.md', new Map(), createCompileMemo())
    expect(compiled.pendingAssets).toEqual(['img/map.png'])
    expect(compiled.deck.slides[0].html).toContain('data:image/gif;base64,')
    expect(compiled.deck.diagnostics.map((d) => d.code)).not.toContain('W_ASSET_MISSING')
    const missing = compileDeckText(deck, 'd.md', new Map([['img/map.png', { ok: false, reason: 'missing' }]]), createCompileMemo())
    expect(missing.deck.diagnostics.map((d) => d.code)).toContain('W_ASSET_MISSING')
  })

  it('gives the style key the server composes CSS from: theme settings with lines, characters, italics and code', () => {
    const { style } = compileDeckText(deck, 'd.md', new Map(), createCompileMemo())
    expect(style).toMatchObject({ theme: { value: 'briefing', line: 3 }, highlightTheme: { value: 'github', line: 4 }, italic: true, hasCode: true })
    for (const ch of ['न', 'म', '日', '本', 'H', 'J']) expect(style.characters).toContain(ch)
    expect(style.codeCharacters).toContain('ü')
  })

  it('gives the same style key with its memo, edit after edit', () => {
    const known = new Map<string, string>()
    for (const text of [deck, deck.replace('world', 'wörld'), deck]) {
      const parsed = parseDeck(text).deck
      expect(styleKeyOf(parsed, known)).toEqual(styleKeyOf(parsed))
    }
  })

  it('says which sources with a local copy the slides cite, so only then is the server asked for the figure check', () => {
    const sourced = (front: string, body: string) => compileDeckText(`---\n${front}---\n${body}`, 'd.md', new Map(), createCompileMemo(), {}, new Map(), [{ id: 'yml', file: 'y.txt' }, { id: 'nofile' }])
    const front = 'sources:\n  own:\n    file: own.txt\n'
    expect(sourced(front, '# A [@own]\n\nB [@yml] and [@nofile]\n').checkedSources).toEqual(['own', 'yml'])
    // Cited only in the notes, or not at all: nothing to check.
    expect(sourced(front, '# A [@nofile]\n\nNote: as [@own] says\n').checkedSources).toEqual([])
    expect(sourced('title: T\n', '# A\n').checkedSources).toEqual([])
  })

  it('lists each character once, in code point order, astral characters whole', () => {
    expect(distinctCharacters(['baa', 'cb', '𝔸a'])).toBe('abc𝔸')
  })
})
