import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { desktopHandlers, handlersForWindow } from '../../../../electron/main/desktop-handlers'
import { BriefdeckError } from '../../../../renderer/core/errors'
import { type Workspace, createWorkspace } from '../../../../electron/node/workspace/workspace'
import { recordingPrinter } from '../../../helpers/recording-printer'
import { useTempDir } from '../../../helpers/temp-dir'

describe('the desktop app’s handlers', () => {
  const tempDir = useTempDir()
  const open: Workspace[] = []
  afterEach(async () => {
    for (const workspace of open.splice(0)) await workspace.close()
  })

  const make = (cancel = false) => {
    const dir = tempDir()
    const folder = join(dir, 'decks')
    mkdirSync(folder)
    writeFileSync(join(folder, 'a.md'), '# A')
    writeFileSync(join(dir, 'passwd.md'), '# root:x:0:0')
    symlinkSync(join(dir, 'passwd.md'), join(folder, 'evil.md'))
    const printer = recordingPrinter()
    const asked: string[] = []
    const workspace = createWorkspace({
      folder, printer, fileUrl: (p) => `briefdeck://files/${p}`, recoveryDir: join(dir, 'recovery'),
      exportTarget: async (name) => {
        asked.push(name)
        if (cancel) throw new BriefdeckError('E_CANCELLED', 'export cancelled')
        return { file: join(dir, `${name}.pdf`), location: join(dir, `${name}.pdf`) }
      },
    })
    open.push(workspace)
    const log: string[] = []
    const handlers = desktopHandlers(workspace, {
      openWindow: (view, path) => log.push(`open ${view} ${path}`),
      exporting: (running) => log.push(`exporting ${running}`),
      exported: (result) => log.push(`exported ${result.pages}`),
    })
    return { handlers, printer, asked, log }
  }

  it('refuses to export a deck that is a symlink out of the open folder, before asking where to save', async () => {
    const { handlers, printer, asked } = make()
    await expect(handlers['export.pdf']({ path: 'evil.md', layout: 'slides', size: '16:9' })).rejects.toMatchObject({ code: 'E_FORBIDDEN' })
    expect(asked).toEqual([])
    expect(printer.documents).toEqual([])
  })

  it('refuses to open windows for a deck outside the folder', async () => {
    const { handlers, log } = make()
    await expect(handlers['window.open']({ view: 'present', path: 'evil.md' })).rejects.toMatchObject({ code: 'E_FORBIDDEN' })
    expect(log).toEqual([])
    await handlers['window.open']({ view: 'present', path: 'a.md' })
    expect(log).toEqual(['open present a.md'])
  })

  it('exports with the workspace’s naming and reports a cancelled dialog by its code', async () => {
    const done = make()
    await done.handlers['export.pdf']({ path: 'a.md', layout: 'slides', size: '16:9' })
    expect(done.asked).toEqual(['a'])
    expect(done.log).toEqual(['exporting true', 'exported 1', 'exporting false'])
    const cancelled = make(true)
    await expect(cancelled.handlers['export.pdf']({ path: null, layout: 'slides', size: '16:9' })).rejects.toMatchObject({ code: 'E_CANCELLED' })
    expect(cancelled.log).toEqual(['exporting true', 'exporting false'])
  })

  it('hears each window’s view report as that window’s, and leaves every other handler the workspace’s', async () => {
    const { handlers } = make()
    const reports: string[] = []
    const forWindow = (id: number) => handlersForWindow(handlers, (report) => reports.push(`${id} ${report.view} ${report.path}`))
    expect(await forWindow(1)['view.report']({ view: 'library', path: 'a.md' })).toBeNull()
    await forWindow(2)['view.report']({ view: 'edit', path: 'a.md' })
    expect(reports).toEqual(['1 library a.md', '2 edit a.md'])
    expect(forWindow(1)['deck.read']).toBe(handlers['deck.read'])
  })
})
