import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type ElectronApplication, type Page, _electron as electron } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/browser'
import { pdfInfo } from '../helpers/pdf'

/** The Electron binary, when `npm ci` could download it (or ELECTRON_OVERRIDE_DIST_PATH points at one). */
function electronBinary(): string | null {
  try {
    const path = createRequire(join(ROOT, 'package.json'))('electron') as unknown
    return typeof path === 'string' && existsSync(path) ? path : null
  } catch {
    return null
  }
}

/** What the main process's stand-ins for the OS (dialogs, the system browser) saw. */
interface Recorded {
  boxes: string[]
  external: string[]
  /** The answer to the Leave/Stay prompt: 0 Leave, 1 Stay. */
  leave: number
}

const binary = electronBinary()
if (!binary) console.log('skipped: no Electron binary (the desktop app tests need it; browser mode covers the same UI)')
const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : []
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe.skipIf(!binary)('the desktop app (Electron)', () => {
  let app: ElectronApplication
  let work: string
  let userData: string
  let audiencePage: Page
  const recorded = () => app.evaluate(() => (globalThis as unknown as { bd: Recorded }).bd)
  const menuItem = (id: string) => app.evaluate(({ Menu }, item) => {
    const found = Menu.getApplicationMenu()?.getMenuItemById(item)
    return found ? { enabled: found.enabled } : null
  }, id)
  const clickMenu = (id: string) => app.evaluate(({ Menu }, item) => Menu.getApplicationMenu()?.getMenuItemById(item)?.click(), id)
  /** The app's window whose address ends with `suffix` (a route), once it has one. */
  async function windowShowing(suffix: string): Promise<Page> {
    for (let i = 0; i < 200; i++) {
      const page = app.windows().find((each) => each.url().endsWith(suffix))
      if (page) return page
      await sleep(100)
    }
    throw new Error(`no window shows ${suffix}`)
  }
  async function waitForFile(file: string): Promise<void> {
    for (let i = 0; i < 300 && !existsSync(file); i++) await sleep(100)
  }

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'briefdeck-electron-'))
    userData = join(work, 'user-data')
    mkdirSync(join(work, 'links'))
    writeFileSync(join(work, 'links', 'deck.md'), '# Sources\n\n[The briefing’s sources](https://example.org/briefing)\n')
    app = await electron.launch({
      executablePath: binary!,
      args: [ROOT, join(ROOT, 'slides'), `--user-data-dir=${userData}`, ...sandbox],
      // Unsaved text goes to the recovery folder under XDG_CACHE_HOME: the test's own, not the user's.
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '0', XDG_CACHE_HOME: join(work, 'cache') },
    })
    // The OS's dialogs and browser, answered as a user would: save beside the test, note every message box.
    await app.evaluate(({ dialog, shell }, dir) => {
      const bd: Recorded = { boxes: [], external: [], leave: 1 }
      ;(globalThis as unknown as { bd: Recorded }).bd = bd
      dialog.showSaveDialog = (async (...args: unknown[]) => {
        const options = args.at(-1) as { defaultPath: string }
        return { canceled: false, filePath: `${dir}/${options.defaultPath.split(/[\\/]/).pop()}` }
      }) as never
      dialog.showMessageBox = (async (...args: unknown[]) => {
        const options = args.at(-1) as { type?: string; message: string }
        bd.boxes.push(`${options.type}: ${options.message}`)
        return { response: 1, checkboxChecked: false }
      }) as never
      dialog.showMessageBoxSync = (() => {
        bd.boxes.push('leave?')
        return bd.leave
      }) as never
      shell.openExternal = (async (url: string) => void bd.external.push(url)) as never
    }, work)
  })
  afterAll(async () => {
    // The last test quits the app; closing an app that has gone must not hang the suite.
    await Promise.race([app?.close().catch(() => {}), sleep(5000)])
    rmSync(work, { recursive: true, force: true })
  })

  it('opens the library with the seven decks, in a sandboxed, isolated window', async () => {
    const window = await app.firstWindow()
    await window.waitForSelector('.bd-card')
    expect(await window.locator('.bd-card').count()).toBe(7)
    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined')
    expect(await window.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined')
    expect(await window.evaluate(() => Object.keys((window as unknown as { briefdeck: object }).briefdeck).sort())).toEqual(['invoke', 'on'])
  })

  it('draws a Mermaid diagram in a hidden window of its own Chromium (deck.blocks), sanitised like any drawing', async () => {
    const window = await app.firstWindow()
    const source = 'flowchart LR\n  A["Delhi Metro"] --> B["2047"]\n  click A href "javascript:alert(1)"'
    const [drawn] = await window.evaluate((blocks) => (window as unknown as { briefdeck: { invoke(c: string, r: unknown): Promise<Array<{ ok: boolean; svg?: string }>> } })
      .briefdeck.invoke('deck.blocks', { path: '05-bullet-train-and-rail.md', theme: null, blocks }), [{ kind: 'mermaid', source }])
    expect(drawn.ok).toBe(true)
    expect(drawn.svg).toContain('>Delhi Metro<')
    expect(drawn.svg).not.toMatch(/javascript|<a\b/)
    // The window was for that batch only: nothing hidden is left to keep the app from quitting.
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().filter((w) => !w.isVisible()).length)).toBe(0)
  })

  it('applies the File menu’s deck commands to the deck selected in the library', async () => {
    const window = await app.firstWindow()
    await (await app.browserWindow(window)).evaluate((w) => w.focus())
    expect(await menuItem('export-slides')).toEqual({ enabled: false })
    await window.locator('.bd-card h2').first().click()
    await expect.poll(() => menuItem('export-slides')).toEqual({ enabled: true })
    expect(await menuItem('save')).toEqual({ enabled: false })
  })

  it('presents a deck with an audience window and a presenter window', async () => {
    const window = await app.firstWindow()
    await window.locator('.bd-card').first().getByRole('button', { name: 'Presenter view' }).click()
    await window.waitForFunction(() => document.querySelector('.bd-notes'))
    const audience = app.waitForEvent('window')
    await window.getByRole('button', { name: 'Audience window' }).click()
    audiencePage = await audience
    await audiencePage.waitForFunction(() => document.querySelector('.reveal.ready'))
    await window.keyboard.press('ArrowRight')
    await audiencePage.waitForFunction(() => document.querySelector('.slides section.present h2')?.textContent === 'Two days in Japan')
  })

  it('lets reveal.js’s F key put the audience view in full screen', async () => {
    await audiencePage.bringToFront()
    await audiencePage.keyboard.press('f')
    await audiencePage.waitForFunction(() => document.fullscreenElement !== null)
    await audiencePage.evaluate(() => document.exitFullscreen())
    await audiencePage.waitForFunction(() => document.fullscreenElement === null)
  })

  it('exports a PDF from the File menu with the Electron printer', async () => {
    const window = await app.firstWindow()
    await (await app.browserWindow(window)).evaluate((w) => w.focus())
    await expect.poll(() => menuItem('export-slides')).toEqual({ enabled: true })
    await clickMenu('export-slides')
    const out = join(work, '01-overview.pdf')
    await waitForFile(out)
    expect(pdfInfo(out).Pages).toBe('8')
  })

  it('exports from the menu after the main window was closed, with the presentation still open', async () => {
    const window = await app.firstWindow()
    const closed = window.waitForEvent('close')
    await (await app.browserWindow(window)).evaluate((w) => w.close())
    await closed
    await clickMenu('export-book')
    const out = join(work, 'slides-briefing.pdf')
    await waitForFile(out)
    expect(Number(pdfInfo(out).Pages)).toBeGreaterThan(8)
    await expect.poll(async () => (await recorded()).boxes.at(-1)).toMatch(/^info: Exported \d+ pages to slides-briefing\.pdf$/)
    expect((await recorded()).boxes.filter((box) => box.startsWith('error'))).toEqual([])
  })

  it('opens a relative path given to a second instance against that instance’s own directory', async () => {
    const second = spawn(binary!, [ROOT, join('links', 'deck.md'), `--user-data-dir=${userData}`, ...sandbox], { cwd: work, stdio: 'ignore' })
    const [code] = await once(second, 'exit')
    expect(code).toBe(0)
    await windowShowing('#/presenter/deck.md')
    const library = await windowShowing('#/')
    await library.waitForSelector('.bd-card[data-path="deck.md"]')
    expect(await library.locator('.bd-card').count()).toBe(1)
  })

  it('opens a link clicked in a slide in the system browser, and stays on the slide', async () => {
    const audience = await windowShowing('#/present/deck.md')
    await audience.waitForFunction(() => document.querySelector('.reveal.ready'))
    await audience.locator('.slides section.present a[href="https://example.org/briefing"]').click()
    await expect.poll(async () => (await recorded()).external).toEqual(['https://example.org/briefing'])
    expect(audience.url()).toMatch(/^briefdeck:\/\/app\/index\.html#\/present\/deck\.md$/)
  })

  it('asks before quitting with unsaved editor text: Stay keeps the app and the text, Leave quits', async () => {
    const library = await windowShowing('#/')
    await library.evaluate(() => {
      location.hash = '#/edit/deck.md'
    })
    await library.locator('.cm-content').click()
    await library.keyboard.type('Unsaved words')
    await app.evaluate(({ app: electronApp }) => electronApp.quit())
    await expect.poll(async () => (await recorded()).boxes).toContain('leave?')
    expect(app.process().exitCode).toBeNull()
    expect(await library.locator('.cm-content').textContent()).toContain('Unsaved words')
    await app.evaluate(() => {
      (globalThis as unknown as { bd: Recorded }).bd.leave = 0
    })
    const exited = once(app.process(), 'exit')
    await app.evaluate(({ app: electronApp }) => electronApp.quit()).catch(() => {})
    await exited
  })
})
