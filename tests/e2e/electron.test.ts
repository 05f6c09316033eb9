import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type ElectronApplication, _electron as electron } from 'playwright-core'
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

const binary = electronBinary()
if (!binary) console.log('skipped: no Electron binary (the desktop app tests need it; browser mode covers the same UI)')

describe.skipIf(!binary)('the desktop app (Electron)', () => {
  let app: ElectronApplication
  let userData: string
  beforeAll(async () => {
    userData = mkdtempSync(join(tmpdir(), 'briefdeck-electron-'))
    app = await electron.launch({
      executablePath: binary!,
      args: [ROOT, join(ROOT, 'slides'), `--user-data-dir=${userData}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '0' },
    })
  })
  afterAll(async () => {
    await app?.close()
    rmSync(userData, { recursive: true, force: true })
  })

  it('opens the library with the seven decks, in a sandboxed, isolated window', async () => {
    const window = await app.firstWindow()
    await window.waitForSelector('.bd-card')
    expect(await window.locator('.bd-card').count()).toBe(7)
    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined')
    expect(await window.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined')
    expect(await window.evaluate(() => Object.keys((window as unknown as { briefdeck: object }).briefdeck).sort())).toEqual(['invoke', 'on'])
  })

  it('presents a deck with an audience window and a presenter window', async () => {
    const window = await app.firstWindow()
    await window.locator('.bd-card').first().getByRole('button', { name: 'Presenter view' }).click()
    await window.waitForFunction(() => document.querySelector('.bd-notes'))
    const audience = app.waitForEvent('window')
    await window.getByRole('button', { name: 'Audience window' }).click()
    const audiencePage = await audience
    await audiencePage.waitForFunction(() => document.querySelector('.reveal.ready'))
    await window.keyboard.press('ArrowRight')
    await audiencePage.waitForFunction(() => document.querySelector('.slides section.present h2')?.textContent === 'Two days in Japan')
  })

  it('exports a PDF from the File menu with the Electron printer', async () => {
    const out = join(userData, 'overview.pdf')
    // The save dialog is the OS's: answer it as a user would, with a file name.
    await app.evaluate(({ dialog }, file) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as never
      dialog.showMessageBox = (async () => ({ response: 1, checkboxChecked: false })) as never
    }, out)
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('export-slides')?.click())
    for (let i = 0; i < 200 && !existsSync(out); i++) await new Promise((resolve) => setTimeout(resolve, 100))
    expect(pdfInfo(out).Pages).toBe('8')
  })
})
