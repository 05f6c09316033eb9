import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { EventName, Events } from '../../../../../renderer/core/api/contract'
import { type Workspace, createWorkspace } from '../../../../../electron/node/workspace/workspace'
import { versionOf } from '../../../../../electron/node/workspace/deck-snapshot'
import { recordingPrinter } from '../../../../helpers/recording-printer'
import { useTempDir } from '../../../../helpers/temp-dir'

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex').toString('base64')

describe('the workspace (the API handlers both transports mount)', () => {
  const tempDir = useTempDir()
  const open: Workspace[] = []
  afterEach(async () => {
    for (const workspace of open.splice(0)) await workspace.close()
  })

  const make = (files: Record<string, string> = { 'a.md': '# A\n\nNote: hi' }, now?: () => Date) => {
    const dir = tempDir()
    const folder = join(dir, 'decks')
    mkdirSync(folder)
    mkdirSync(join(dir, 'outside'))
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text)
    const printer = recordingPrinter()
    const targets: string[] = []
    const workspace = createWorkspace({
      folder, printer, fileUrl: (p) => `/files/${p}`, recoveryDir: join(dir, 'recovery'), stateDir: join(dir, 'state'), now,
      exportTarget: async (name, layout) => {
        targets.push(`${name}:${layout}`)
        return { file: join(dir, `${name}.pdf`), location: `/exports/${name}.pdf` }
      },
    })
    open.push(workspace)
    const events: Array<[EventName, unknown]> = []
    workspace.subscribe((event, payload) => void events.push([event, payload]))
    return { dir, folder, outside: join(dir, 'outside'), workspace, handlers: workspace.handlers, printer, targets, events }
  }

  it('creates a deck on save with baseVersion null, and refuses null when the file exists', async () => {
    const { folder, handlers } = make()
    await expect(handlers['deck.save']({ path: 'new.md', text: '# New', baseVersion: null })).resolves.toEqual({ version: versionOf('# New') })
    expect(readFileSync(join(folder, 'new.md'), 'utf8')).toBe('# New')
    await expect(handlers['deck.save']({ path: 'a.md', text: '# X', baseVersion: null })).rejects.toMatchObject({ code: 'E_CONFLICT' })
    expect(readFileSync(join(folder, 'a.md'), 'utf8')).toBe('# A\n\nNote: hi')
  })

  it('saves over the version it was given, never over a newer one', async () => {
    const { folder, handlers } = make()
    const { version } = await handlers['deck.read']({ path: 'a.md' })
    writeFileSync(join(folder, 'a.md'), '# Changed elsewhere')
    await expect(handlers['deck.save']({ path: 'a.md', text: '# Mine', baseVersion: version })).rejects.toMatchObject({ code: 'E_CONFLICT' })
    const fresh = await handlers['deck.read']({ path: 'a.md' })
    await handlers['deck.save']({ path: 'a.md', text: '# Mine', baseVersion: fresh.version })
    expect(readFileSync(join(folder, 'a.md'), 'utf8')).toBe('# Mine')
  })

  it('refuses reads, saves and exports through symlinks that lead out of the folder', async () => {
    const { folder, outside, handlers, printer } = make()
    writeFileSync(join(outside, 'secret.md'), '# Secret')
    symlinkSync(join(outside, 'secret.md'), join(folder, 'evil.md'))
    symlinkSync(outside, join(folder, 'sub'))
    await expect(handlers['deck.read']({ path: 'evil.md' })).rejects.toMatchObject({ code: 'E_FORBIDDEN' })
    await expect(handlers['deck.save']({ path: 'sub/x.md', text: '# X', baseVersion: null })).rejects.toMatchObject({ code: 'E_FORBIDDEN' })
    await expect(handlers['export.pdf']({ path: 'evil.md', layout: 'slides', size: '16:9' })).rejects.toMatchObject({ code: 'E_FORBIDDEN' })
    expect(existsSync(join(outside, 'x.md'))).toBe(false)
    expect(printer.documents).toEqual([])
  })

  it('lists a deck that links out of the folder as refused, and exports no book with it', async () => {
    const { folder, outside, handlers, printer } = make()
    writeFileSync(join(outside, 'secret.md'), '# Secret words')
    symlinkSync(join(outside, 'secret.md'), join(folder, 'zz.md'))
    const library = await handlers['library.list']({})
    expect(library.map((d) => [d.path, d.errors.map((e) => e.message)])).toEqual([['a.md', []], ['zz.md', ['links to a file outside the folder; refused']]])
    await expect(handlers['export.pdf']({ path: null, layout: 'slides', size: '16:9' })).rejects.toMatchObject({ code: 'E_COMPILE' })
    expect(printer.documents.join('')).not.toContain('Secret words')
  })

  it('names new decks safely from their title, never reading the title as a pattern', async () => {
    const { folder, handlers } = make()
    expect(await handlers['deck.create']({ name: 'Q4 Outlook: India/Japan' })).toEqual({ path: 'q4-outlook-india-japan.md' })
    expect(await handlers['deck.create']({ name: 'Q4 Outlook: India/Japan' })).toEqual({ path: 'q4-outlook-india-japan-2.md' })
    const { path } = await handlers['deck.create']({ name: "Costs $' and $& rise" })
    const text = readFileSync(join(folder, path), 'utf8')
    expect(text).toContain('title: "Costs $\' and $& rise"')
    expect(text).toContain("# Costs $' and $& rise")
  })

  it('dates a new deck by the clock it is given: that day, local time, in its front matter', async () => {
    const { folder, handlers } = make(undefined, () => new Date(2026, 10, 30, 9, 15))
    const { path } = await handlers['deck.create']({ name: 'Morning brief' })
    const text = readFileSync(join(folder, path), 'utf8')
    expect(text).toMatch(/^---\ntitle: "Morning brief"\n[\s\S]*?\ndate: 2026-11-30\n[\s\S]*?---\n/)
    expect(text).not.toContain('2025-01-01')
  })

  it('imports a pasted image into assets/, and refuses a non-image or an assets/ that links outside', async () => {
    const { folder, outside, handlers } = make()
    expect(await handlers['asset.add']({ deck: 'a.md', name: 'My Chart.png', base64: PNG })).toEqual({ path: 'assets/my-chart.png' })
    expect(await handlers['asset.add']({ deck: 'a.md', name: 'My Chart.png', base64: PNG })).toEqual({ path: 'assets/my-chart-2.png' })
    expect(existsSync(join(folder, 'assets', 'my-chart-2.png'))).toBe(true)
    await expect(handlers['asset.add']({ deck: 'a.md', name: 'x.png', base64: Buffer.from('<script>').toString('base64') })).rejects.toMatchObject({ code: 'E_INVALID' })
    rmSync(join(folder, 'assets'), { recursive: true })
    symlinkSync(outside, join(folder, 'assets'))
    await expect(handlers['asset.add']({ deck: 'a.md', name: 'y.png', base64: PNG })).rejects.toMatchObject({ code: 'E_FORBIDDEN' })
    expect(existsSync(join(outside, 'y.png'))).toBe(false)
  })

  it('exports through the host’s target with the folder’s safe name, and reports progress', async () => {
    const { handlers, targets, printer, events } = make()
    const result = await handlers['export.pdf']({ path: 'a.md', layout: 'handout', size: 'a4' })
    expect(targets).toEqual(['a:handout'])
    expect(result).toMatchObject({ location: '/exports/a.pdf', pages: 1 })
    expect(printer.documents[0]).toContain('bd-handout')
    expect(events.map(([event]) => event)).toContain('export.progressed')
  })

  it('keeps unsaved text for recovery until it is cleared or saved', async () => {
    const { handlers } = make()
    await handlers['recovery.put']({ path: 'a.md', text: 'draft' })
    expect(await handlers['recovery.get']({ path: 'a.md' })).toMatchObject({ text: 'draft' })
    const { version } = await handlers['deck.read']({ path: 'a.md' })
    await handlers['deck.save']({ path: 'a.md', text: '# Saved', baseVersion: version })
    expect(await handlers['recovery.get']({ path: 'a.md' })).toBeNull()
  })

  it('shares the presentation with every view, and refuses one for a deck outside the folder', async () => {
    const { handlers, events, folder, outside } = make()
    expect(await handlers['presentation.get']({ path: 'a.md' })).toMatchObject({ presenter: { h: 0, v: 0, f: -1 } })
    await handlers['presentation.change']({ path: 'a.md', change: { type: 'move', position: { h: 2, v: 0, f: 1 }, from: 'presenter' }, client: 'c1' })
    expect(await handlers['presentation.get']({ path: 'a.md' })).toMatchObject({ presenter: { h: 2, v: 0, f: 1 }, audience: { h: 2, v: 0, f: 1 } })
    expect(events).toContainEqual(['presentation.changed', expect.objectContaining({ path: 'a.md', client: 'c1' })])
    writeFileSync(join(outside, 'x.md'), '# X')
    symlinkSync(join(outside, 'x.md'), join(folder, 'x.md'))
    await expect(handlers['presentation.get']({ path: 'x.md' })).rejects.toMatchObject({ code: 'E_FORBIDDEN' })
  })

  it('keeps rehearsals outside the deck folder, the last five, newest first', async () => {
    const { handlers, dir, folder } = make()
    for (let i = 1; i <= 6; i++) await handlers['rehearsal.save']({ path: 'a.md', run: { startedAt: i, endedAt: i + 1, seconds: { 0: i } } })
    const runs = await handlers['rehearsal.list']({ path: 'a.md' })
    expect(runs.map((r) => r.startedAt)).toEqual([6, 5, 4, 3, 2])
    expect(readdirSync(folder)).toEqual(['a.md'])
    expect(readdirSync(join(dir, 'state', 'rehearsals'))).toHaveLength(1)
  })

  it('exports the rehearsal report as a PDF through the host’s target', async () => {
    const { handlers, printer, targets } = make()
    await handlers['rehearsal.save']({ path: 'a.md', run: { startedAt: 1, endedAt: 2, seconds: { 0: 42 } } })
    const result = await handlers['rehearsal.export']({ path: 'a.md' })
    expect(targets).toEqual(['a-rehearsals:rehearsals'])
    expect(result.location).toBe('/exports/a-rehearsals.pdf')
    expect(printer.documents[0]).toContain('Rehearsals: A')
    expect(printer.documents[0]).toContain('0:42')
  })

  it('says the library failed, with a code, when the folder vanishes', async () => {
    const { folder, events } = make()
    await new Promise((resolve) => setTimeout(resolve, 100))
    rmSync(folder, { recursive: true })
    await expect.poll(() => events.find(([event]) => event === 'library.failed')?.[1], { timeout: 5000 })
      .toMatchObject({ code: 'E_NOT_FOUND' } satisfies Partial<Events['library.failed']>)
    expect(events.filter(([event, payload]) => event === 'library.changed' && (payload as unknown[]).length === 0)).toEqual([])
  })
})
