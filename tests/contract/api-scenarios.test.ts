import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Events } from '../../renderer/core/api/contract'
import { parseDeck } from '../../renderer/core/deck/parse-deck'
import { ROOT } from '../helpers/browser'
import { type Transport, httpTransport, ipcTransport } from './transports'

/** The sample overview's slides, as the one compiler counts them (one page each when printed). */
const OVERVIEW_SLIDES = parseDeck(readFileSync(join(ROOT, 'slides/01-overview.md'), 'utf8')).deck.slides.length

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64')

/** The same API scenarios over both transports: browser mode's HTTP + WebSocket, and the desktop app's IPC. */
describe.each([['HTTP + WebSocket', httpTransport], ['IPC', ipcTransport]] as const)('the API over %s', (_name, start) => {
  const made: Array<{ dir: string; transport: Transport }> = []
  afterEach(async () => {
    for (const { dir, transport } of made.splice(0)) {
      await transport.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
  const open = async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-contract-'))
    const folder = join(dir, 'decks')
    cpSync(join(ROOT, 'slides'), folder, { recursive: true })
    const transport = await start(folder, join(dir, 'scratch'))
    made.push({ dir, transport })
    return { folder, api: transport.api, raw: transport.raw }
  }
  const next = <E extends keyof Events>(api: Transport['api'], event: E, match: (payload: Events[E]) => boolean) =>
    new Promise<Events[E]>((resolve) => {
      const stop = api.on(event, (payload) => {
        if (!match(payload)) return
        stop()
        resolve(payload)
      })
    })

  it('lists the library and opens a deck', async () => {
    const { api } = await open()
    const library = await api.invoke('library.list', {})
    expect(library.map((d) => d.path)).toHaveLength(7)
    expect(library[0]).toMatchObject({ path: '01-overview.md', slides: OVERVIEW_SLIDES, errors: [] })
    const deck = await api.invoke('deck.open', { path: '04-space.md' })
    expect(deck.slides.length).toBeGreaterThan(3)
    expect(deck.sectionsHtml).toContain('<section')
  })

  it('reads, saves with the version it read, refuses a stale version, and creates a deck with none', async () => {
    const { api, folder } = await open()
    const read = await api.invoke('deck.read', { path: '01-overview.md' })
    const saved = await api.invoke('deck.save', { path: '01-overview.md', text: `${read.text}\n`, baseVersion: read.version })
    expect(saved.version).not.toBe(read.version)
    await expect(api.invoke('deck.save', { path: '01-overview.md', text: 'x', baseVersion: read.version })).rejects.toMatchObject({ code: 'E_CONFLICT' })
    await api.invoke('deck.save', { path: 'fresh.md', text: '# Fresh', baseVersion: null })
    expect(readFileSync(join(folder, 'fresh.md'), 'utf8')).toBe('# Fresh')
  })

  it('previews unsaved text without the CSS the editor already has', async () => {
    const { api } = await open()
    const first = await api.invoke('deck.preview', { path: '01-overview.md', text: '# Draft', knownCssHash: null })
    expect(first.slides[0].title).toBe('Draft')
    expect(first.css).not.toBe('')
    const again = await api.invoke('deck.preview', { path: '01-overview.md', text: '# Draft 2', knownCssHash: first.cssHash })
    expect(again.css).toBe('')
  })

  it('gives a deck compiled elsewhere its CSS (fonts for its characters) and its images\' URLs', async () => {
    const { api, folder } = await open()
    const request = {
      path: '01-overview.md', theme: null, highlightTheme: { value: 'no-such-style', line: 3 }, characters: 'Hi भारत',
      codeCharacters: '', italic: false, hasCode: true, mathFaces: [], hasBlocks: false, hasChrome: false, knownCssHash: null,
    }
    const first = await api.invoke('deck.styles', request)
    expect(first.css).toContain("font-family:'Noto Sans'")
    expect(first.css).not.toContain("font-family:'Noto Sans JP'")
    expect(first.diagnostics).toEqual([expect.objectContaining({ code: 'W_UNKNOWN_THEME', line: 3 })])
    expect((await api.invoke('deck.styles', { ...request, knownCssHash: first.cssHash })).css).toBe('')
    expect((await api.invoke('deck.styles', { ...request, characters: 'Hi 日本', knownCssHash: first.cssHash })).css).toContain("font-family:'Noto Sans JP'")

    writeFileSync(join(folder, 'chart.png'), Buffer.from(PNG, 'base64'))
    const [found, missing, outside] = await api.invoke('deck.assets', { path: '01-overview.md', assets: ['chart.png', 'img/none.png', '../x.png'] })
    expect(found).toMatchObject({ ok: true, url: expect.stringContaining('chart.png') })
    expect(missing).toEqual({ ok: false, reason: 'missing' })
    expect(outside).toEqual({ ok: false, reason: 'outside' })
  })

  it('tells the editor its folder\'s sources, and checks the figures of unsaved text against their local copies', async () => {
    const { api, raw, folder } = await open()
    const only = await api.invoke('deck.sources', { path: '02-trade-deficit.md', text: null })
    expect(only).toEqual({ sources: [expect.objectContaining({ id: 'firstpost', outlet: 'Firstpost' })], diagnostics: [] })
    writeFileSync(join(folder, 'note.txt'), 'Japan ran a surplus of $12.5 billion with India.')
    writeFileSync(join(folder, 'briefing.yml'), `${readFileSync(join(folder, 'briefing.yml'), 'utf8').trimEnd()}\n    file: note.txt\n`)
    const checked = await api.invoke('deck.sources', { path: '02-trade-deficit.md', text: '# Trade\n\nThe deficit: $12.6 bn [@firstpost].\n' })
    expect(checked.sources[0].file).toBe('note.txt')
    expect(checked.diagnostics).toEqual([expect.objectContaining({
      code: 'W_FIGURE', file: '02-trade-deficit.md', line: 3, message: 'slide 1: $12.6 bn is not in `firstpost` (note.txt); the closest figure there is $12.5 billion',
    })])
    expect((await api.invoke('deck.sources', { path: '02-trade-deficit.md', text: '# Trade\n\nThe deficit: $12.5 bn [@firstpost].\n' })).diagnostics).toEqual([])
    expect(await raw('deck.sources', { path: '../x.md', text: null })).toMatchObject({ ok: false, error: { code: 'E_INVALID' } })
    expect(await raw('deck.sources', { path: 'a.md', text: 5 })).toMatchObject({ ok: false, error: { code: 'E_INVALID' } })
  })

  it('creates decks and images under safe names, and keeps recovery text', async () => {
    const { api } = await open()
    expect(await api.invoke('deck.create', { name: 'Q4 / Outlook' })).toEqual({ path: 'q4-outlook.md' })
    expect(await api.invoke('asset.add', { deck: 'q4-outlook.md', name: 'fig.png', base64: PNG })).toEqual({ path: 'assets/fig.png' })
    await api.invoke('recovery.put', { path: 'q4-outlook.md', text: 'unsaved' })
    expect(await api.invoke('recovery.get', { path: 'q4-outlook.md' })).toMatchObject({ text: 'unsaved' })
  })

  it('shares a presentation with every view: moves, screen and freeze, tagged with the view that made them', async () => {
    const { api } = await open()
    expect(await api.invoke('presentation.get', { path: '02-trade-deficit.md' })).toMatchObject({ presenter: { h: 0, v: 0, f: -1 }, started: false })
    const changed = next(api, 'presentation.changed', (m) => m.path === '02-trade-deficit.md' && m.state.screen === 'black')
    await api.invoke('presentation.change', { path: '02-trade-deficit.md', change: { type: 'move', position: { h: 3, v: 1, f: -1 }, from: 'presenter' }, client: 'c-1' })
    await api.invoke('presentation.change', { path: '02-trade-deficit.md', change: { type: 'screen', screen: 'black' }, client: 'c-1' })
    expect(await changed).toMatchObject({ client: 'c-1', state: { presenter: { h: 3, v: 1, f: -1 }, audience: { h: 3, v: 1, f: -1 }, screen: 'black', started: true } })
    expect(await api.invoke('presentation.get', { path: '02-trade-deficit.md' })).toMatchObject({ screen: 'black' })
  })

  it('keeps rehearsals, newest first, and refuses a malformed one', async () => {
    const { api, raw } = await open()
    expect(await api.invoke('rehearsal.list', { path: '01-overview.md' })).toEqual([])
    const run = { startedAt: 1, endedAt: 2, seconds: { 0: 12.5, 1: 30 } }
    expect(await api.invoke('rehearsal.save', { path: '01-overview.md', run })).toEqual([run])
    expect(await raw('rehearsal.save', { path: '01-overview.md', run: { ...run, seconds: { x: 'y' } } })).toMatchObject({ ok: false, error: { code: 'E_INVALID' } })
  })

  it('pushes a deck changed on disk', async () => {
    const { api, folder } = await open()
    await api.invoke('library.list', {})
    const changed = next(api, 'deck.changed', (d) => d.path === '04-space.md' && d.title === 'Changed on disk')
    await new Promise((resolve) => setTimeout(resolve, 100))
    writeFileSync(join(folder, '04-space.md'), '---\ntitle: Changed on disk\n---\n# X')
    expect((await changed).slides[0].title).toBe('X')
  })

  it('pushes the decks a change beside them changes: briefing.yml, an image that was missing, a chart\'s data', async () => {
    const { api, folder } = await open()
    writeFileSync(join(folder, 'beside.md'), '# Beside\n\n![Map](map.png)\n\n---\n\n```chart\ndata: {url: trade.csv}\nmark: bar\nencoding:\n  x: {field: year, type: ordinal}\n  y: {field: value, type: quantitative}\n```')
    await new Promise((resolve) => setTimeout(resolve, 400))
    const opened = await api.invoke('deck.open', { path: 'beside.md' })
    expect(opened.diagnostics.map((d) => d.message).join(' ')).toMatch(/map\.png[\s\S]*trade\.csv|trade\.csv[\s\S]*map\.png/)
    const marked = next(api, 'deck.changed', (d) => d.path === 'beside.md' && d.sectionsHtml.includes('CONFIDENTIAL'))
    writeFileSync(join(folder, 'briefing.yml'), 'marking: CONFIDENTIAL\n')
    await marked
    const pictured = next(api, 'deck.changed', (d) => d.path === 'beside.md' && !d.diagnostics.some((x) => x.message.includes('map.png')))
    writeFileSync(join(folder, 'map.png'), Buffer.from(PNG, 'base64'))
    expect((await pictured).sectionsHtml).toMatch(/<img[^>]+map\.png/)
    const charted = next(api, 'deck.changed', (d) => d.path === 'beside.md' && d.sectionsHtml.includes('>FY24<'))
    writeFileSync(join(folder, 'trade.csv'), 'year,value\nFY23,4\nFY24,7\n')
    const drawn = await charted
    const redrawn = next(api, 'deck.changed', (d) => d.path === 'beside.md' && d.sectionsHtml.includes('>FY25<'))
    writeFileSync(join(folder, 'trade.csv'), 'year,value\nFY24,7\nFY25,9\n')
    expect((await redrawn).sectionsHtml).not.toBe(drawn.sectionsHtml)
  }, 30_000)

  it('exports through the host and answers where the PDF is', async () => {
    const { api } = await open()
    const result = await api.invoke('export.pdf', { path: '01-overview.md', layout: 'slides', size: '16:9' })
    expect(result.pages).toBe(OVERVIEW_SLIDES)
    expect(result.location).toMatch(/01-overview/)
  })

  it('exports every handout layout, and refuses a handout on 16:9 pages before exporting', async () => {
    const { api } = await open()
    // 04-space.md has seven slides, none with a table: 2, 3 and 6 a page make 4, 3 and 2 pages.
    const pages = async (layout: 'per-page-2' | 'per-page-3' | 'per-page-6') => (await api.invoke('export.pdf', { path: '04-space.md', layout, size: 'a4' })).pages
    expect([await pages('per-page-2'), await pages('per-page-3'), await pages('per-page-6')]).toEqual([4, 3, 2])
    expect((await api.invoke('export.pdf', { path: '04-space.md', layout: 'handout', size: 'letter' })).pages).toBe(4)
    await expect(api.invoke('export.pdf', { path: '04-space.md', layout: 'per-page-3', size: '16:9' })).rejects.toMatchObject({ code: 'E_INVALID' })
  })

  it('refuses unknown channels, malformed requests and paths that climb out, with stable codes', async () => {
    const { api, raw } = await open()
    expect(await raw('fs.readFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } })
    expect(await raw('deck.open', { path: '../../etc/passwd.md' })).toMatchObject({ ok: false, error: { code: 'E_INVALID' } })
    expect(await raw('deck.save', { path: 'a.md', text: 'x', baseVersion: null, extra: 1 })).toMatchObject({ ok: false, error: { code: 'E_INVALID' } })
    expect(await raw('presentation.change', { path: '01-overview.md', change: { type: 'screen', screen: 'red' }, client: 'c' })).toMatchObject({ ok: false, error: { code: 'E_INVALID' } })
    expect(await raw('presentation.change', { path: '01-overview.md', change: { type: 'move', position: { h: 1, v: 0, f: 0 } }, client: 'c' })).toMatchObject({ ok: false, error: { code: 'E_INVALID' } })
    expect(await raw('deck.assets', { path: 'a.md', assets: ['a\0.png'] })).toMatchObject({ ok: false, error: { code: 'E_INVALID' } })
    expect(await raw('deck.styles', { path: 'a.md', theme: { value: 'x' }, highlightTheme: null, characters: '', codeCharacters: '', italic: false, hasCode: false, knownCssHash: null }))
      .toMatchObject({ ok: false, error: { code: 'E_INVALID' } })
    await expect(api.invoke('deck.open', { path: 'missing.md' })).rejects.toMatchObject({ code: 'E_NOT_FOUND' })
  })
})
