import { describe, expect, it } from 'vitest'
import { CHANNELS, PDF_LAYOUTS, defaultPdfSize } from '../../../../../renderer/core/api/contract'
import { toReply } from '../../../../../renderer/core/api/to-reply'
import { MAX_BLOCKS, validateRequest } from '../../../../../renderer/core/api/validate-request'

const invalid = (channel: string, request: unknown) => () => validateRequest(channel, request)

describe('validateRequest', () => {
  it('accepts every channel of the contract with a well-formed request', () => {
    const good: Record<string, unknown> = {
      'library.list': {},
      'deck.open': { path: '01-overview.md' },
      'deck.read': { path: 'sub/deck.markdown' },
      'deck.save': { path: 'a.md', text: '# A', baseVersion: 'abcdef0123456789' },
      'export.pdf': { path: null, layout: 'handout', size: 'a4' },
      'presentation.get': { path: 'a.md' },
      'presentation.change': { path: 'a.md', change: { type: 'move', position: { h: 2, v: 0, f: -1 }, from: 'presenter' }, client: 'tab-1' },
      'rehearsal.list': { path: 'a.md' },
      'rehearsal.save': { path: 'a.md', run: { startedAt: 1, endedAt: 2, seconds: { 0: 1.5, 12: 30 } } },
      'rehearsal.export': { path: 'a.md' },
      'window.open': { view: 'presenter', path: 'a.md' },
      'deck.preview': { path: 'a.md', text: '# A', knownCssHash: null },
      'deck.styles': {
        path: 'a.md', theme: { value: 'briefing', line: 2 }, highlightTheme: null, characters: 'Hi', codeCharacters: '', italic: false, hasCode: false,
        mathFaces: ['KaTeX_Main normal normal'], hasBlocks: true, hasChrome: true, knownCssHash: null,
      },
      'deck.assets': { path: 'a.md', assets: ['img/a.png'] },
      'deck.sources': { path: 'a.md', text: '# A [@src]' },
      'deck.blocks': { path: 'a.md', theme: null, blocks: [{ kind: 'chart', source: 'mark: bar' }] },
      'deck.create': { name: 'Q3 briefing' },
      'asset.add': { deck: 'a.md', name: 'chart.png', base64: 'iVBORw0KGgo=' },
      'recovery.put': { path: 'a.md', text: null },
      'recovery.get': { path: 'a.md' },
      'view.report': { view: 'library', path: null },
    }
    for (const channel of CHANNELS) expect(() => validateRequest(channel, good[channel])).not.toThrow()
  })

  it('takes every PDF layout, and refuses a handout on 16:9 pages', () => {
    for (const layout of PDF_LAYOUTS) {
      expect(() => validateRequest('export.pdf', { path: 'a.md', layout, size: 'letter' })).not.toThrow()
      expect(() => validateRequest('export.pdf', { path: null, layout, size: defaultPdfSize(layout) })).not.toThrow()
    }
    expect(() => validateRequest('export.pdf', { path: null, layout: 'slides', size: '16:9' })).not.toThrow()
    for (const layout of ['handout', 'per-page-2', 'per-page-3', 'per-page-6']) {
      expect(invalid('export.pdf', { path: null, layout, size: '16:9' })).toThrow(expect.objectContaining({ code: 'E_INVALID', message: expect.stringContaining('portrait') }))
    }
    expect(invalid('export.pdf', { path: null, layout: 'per-page-4', size: 'a4' })).toThrow(/layout must be one of slides, handout, per-page-2, per-page-3, per-page-6/)
  })

  it('refuses channels outside the contract', () => {
    for (const channel of ['fs.read', '__proto__', 'constructor', '', 42, null]) {
      expect(invalid(channel as string, {})).toThrow(expect.objectContaining({ code: 'E_FORBIDDEN' }))
    }
  })

  it.each([
    ['absolute path', '/etc/passwd.md'],
    ['Windows drive', 'C:\\x.md'],
    ['UNC path', '\\\\host\\share\\x.md'],
    ['parent folder', '../outside.md'],
    ['parent folder inside', 'a/../../b.md'],
    ['backslash parent', 'a\\..\\..\\b.md'],
    ['NUL byte', 'a\0.md'],
    ['not Markdown', 'secrets.txt'],
    ['empty', ''],
    ['not a string', 7],
    ['too long', `${'a'.repeat(1100)}.md`],
  ])('refuses a deck path that is %s', (_name, path) => {
    expect(invalid('deck.open', { path })).toThrow(expect.objectContaining({ code: 'E_INVALID' }))
  })

  it('refuses missing, extra and mistyped fields', () => {
    expect(invalid('deck.open', {})).toThrow(/missing `path`/)
    expect(invalid('deck.open', { path: 'a.md', extra: 1 })).toThrow(/unknown field `extra`/)
    expect(invalid('deck.open', ['a.md'])).toThrow(/must be an object/)
    expect(invalid('deck.save', { path: 'a.md', text: 5, baseVersion: null })).toThrow(/must be text/)
    expect(invalid('deck.save', { path: 'a.md', text: '', baseVersion: 'xyz' })).toThrow(/version/)
    expect(invalid('export.pdf', { path: null, layout: 'poster', size: 'a4' })).toThrow(/layout must be one of/)
    const move = (position: unknown, client = 'c') => invalid('presentation.change', { path: 'a.md', change: { type: 'move', position, from: 'presenter' }, client })
    expect(move({ h: -1, v: 0, f: 0 })).toThrow(/slide index/)
    expect(move({ h: 1.5, v: 0, f: 0 })).toThrow(/slide index/)
    expect(move({ h: 1, v: 0, f: 0, x: 1 })).toThrow(/unknown field/)
    expect(move({ h: 1, v: 0, f: 0 }, '<script>')).toThrow(/client id/)
    expect(invalid('presentation.change', { path: 'a.md', change: { type: 'launch' }, client: 'c' })).toThrow(/type must be one of/)
    expect(invalid('presentation.change', { path: 'a.md', change: { type: 'freeze', frozen: 'yes' }, client: 'c' })).toThrow(/true or false/)
    expect(invalid('presentation.change', { path: 'a.md', change: { type: 'screen', screen: 'black', extra: 1 }, client: 'c' })).toThrow(/unknown field/)
    expect(invalid('rehearsal.save', { path: 'a.md', run: { startedAt: 1, endedAt: 2, seconds: { '-1': 3 } } })).toThrow(/slide numbers/)
    expect(invalid('rehearsal.save', { path: 'a.md', run: { startedAt: 1, endedAt: 2, seconds: { 0: Infinity } } })).toThrow(/slide numbers/)
  })
})

describe('validateRequest: editor channels', () => {
  it('refuses image names that are not images and data that is not base64', () => {
    expect(invalid('asset.add', { deck: 'a.md', name: 'run.sh', base64: 'AAAA' })).toThrow(/image file name/)
    expect(invalid('asset.add', { deck: 'a.md', name: 'a.png', base64: 'not base64!' })).toThrow(/base64/)
    expect(invalid('deck.create', { name: '   ' })).toThrow(/1 to 120/)
  })

  it('refuses style requests with malformed settings and asset lists that are not short lists of paths', () => {
    const styles = {
      path: 'a.md', theme: null, highlightTheme: null, characters: '', codeCharacters: '', italic: false, hasCode: false, mathFaces: [], hasBlocks: false, hasChrome: false, knownCssHash: null,
    }
    expect(invalid('deck.styles', { ...styles, theme: 'black' })).toThrow(/\{ value, line \}/)
    expect(invalid('deck.styles', { ...styles, theme: { value: 'black', line: 0 } })).toThrow(/line number/)
    expect(invalid('deck.styles', { ...styles, italic: 'yes' })).toThrow(/true or false/)
    expect(() => validateRequest('deck.sources', { path: 'a.md', text: null })).not.toThrow()
    expect(invalid('deck.sources', { path: 'a.md', text: 3 })).toThrow(/must be text/)
    expect(invalid('deck.sources', { path: 'a.md' })).toThrow()
    expect(invalid('deck.assets', { path: 'a.md', assets: 'img/a.png' })).toThrow(/list of at most/)
    expect(invalid('deck.assets', { path: 'a.md', assets: Array.from({ length: 1001 }, () => 'a.png') })).toThrow(/list of at most/)
    expect(invalid('deck.assets', { path: 'a.md', assets: [''] })).toThrow(/1 to 1024/)
    // KaTeX faces only: a name that is not one is never looked up as a font file.
    expect(invalid('deck.styles', { ...styles, mathFaces: ['../../etc/passwd normal normal'] })).toThrow(/KaTeX faces/)
  })

  it('refuses block requests of an unknown kind, too long a source or too many blocks', () => {
    const blocks = (list: unknown) => ({ path: 'a.md', theme: null, blocks: list })
    expect(invalid('deck.blocks', blocks([{ kind: 'script', source: 'x' }]))).toThrow(/kind/)
    expect(invalid('deck.blocks', blocks([{ kind: 'chart', source: 'x'.repeat(40 * 1024) }]))).toThrow(/at most/)
    expect(invalid('deck.blocks', blocks(Array.from({ length: MAX_BLOCKS + 1 }, () => ({ kind: 'chart', source: 'mark: bar' }))))).toThrow(/at most/)
    expect(invalid('deck.blocks', blocks([{ kind: 'chart', source: 'mark: bar', extra: 1 }]))).toThrow()
  })
})

describe('validateRequest: view reports', () => {
  it('takes a view of the router and a deck inside the folder, or none', () => {
    expect(() => validateRequest('view.report', { view: 'edit', path: 'a.md' })).not.toThrow()
    expect(invalid('view.report', { view: 'settings', path: null })).toThrow(/view must be one of/)
    expect(invalid('view.report', { view: 'library', path: '../outside.md' })).toThrow(expect.objectContaining({ code: 'E_INVALID' }))
  })
})

describe('toReply', () => {
  it('wraps values and turns thrown errors into codes and messages', async () => {
    expect(await toReply(() => 3)).toEqual({ ok: true, value: 3 })
    expect(await toReply(() => validateRequest('nope', {}))).toEqual({ ok: false, error: { code: 'E_FORBIDDEN', message: 'unknown channel `nope`' } })
    expect(await toReply(() => { throw new Error('boom') })).toEqual({ ok: false, error: { code: 'E_INTERNAL', message: 'boom' } })
  })
})
