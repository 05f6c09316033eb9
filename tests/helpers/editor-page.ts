import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { ROOT, startBrowser } from './browser'
import { type Served, startServe } from './serve'

/** A real `briefdeck serve` on a copy of slides/ (with its own recovery cache), and Chromium. */
export interface EditorBench {
  browser: Browser
  folder: string
  cache: string
  served: Served
  stop(): Promise<void>
}

export async function startEditorBench(): Promise<EditorBench> {
  const folder = mkdtempSync(join(tmpdir(), 'briefdeck-edit-'))
  const cache = mkdtempSync(join(tmpdir(), 'briefdeck-cache-'))
  cpSync(join(ROOT, 'slides'), folder, { recursive: true })
  const served = await startServe(folder, [], { XDG_CACHE_HOME: cache })
  const browser = await startBrowser()
  return {
    browser, folder, cache, served,
    async stop() {
      await browser.close()
      await served.stop()
      rmSync(folder, { recursive: true, force: true })
      rmSync(cache, { recursive: true, force: true })
    },
  }
}

export interface OpenOptions {
  server?: Served
  /** Runs before the page loads (routes, init scripts). */
  before?: (page: Page) => Promise<void>
  viewport?: { width: number; height: number }
  /** A context to open in (to keep its localStorage), instead of a new one. */
  context?: BrowserContext
  /** Load the editor as the page's first view, not after the library (whose thumbnails install fonts). */
  fresh?: boolean
}

/** Opens a deck in the editor and waits for the source and the preview. */
export async function openEditor(bench: EditorBench, deck: string, options: OpenOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const server = options.server ?? bench.served
  const context = options.context ?? await bench.browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 } })
  const page = await context.newPage()
  await options.before?.(page)
  await page.goto(server.url)
  await page.goto(`${server.origin}/#/edit/${deck}`)
  if (options.fresh) await page.reload()
  await page.waitForSelector('.cm-editor')
  await page.waitForFunction(() => document.querySelector('.bd-preview-deck .reveal.ready'))
  return { context, page }
}

export const saveStatus = (page: Page) => page.textContent('.bd-save-status')
export const editorText = (page: Page) => page.evaluate(() => (document.querySelector('.cm-content') as HTMLElement).innerText)

/** Clicks a source line, paging down first if CodeMirror has not rendered it yet (it renders what is in view). */
export async function clickLine(page: Page, text: string): Promise<void> {
  const line = page.locator('.cm-line', { hasText: text }).first()
  await page.locator('.cm-content').focus()
  await page.keyboard.press('Control+Home')
  // Each page is drawn before the line is looked for: on a busy machine, pressing on before CodeMirror
  // has drawn the last page ran past the line to the end of the document, where it is not drawn.
  const drawn = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  await drawn()
  for (let i = 0; i < 60 && (await line.count()) === 0; i++) {
    await page.keyboard.press('PageDown')
    await drawn()
  }
  // A late layout change (fonts, the gutter) can move the line under the pointer: click until the
  // cursor is on it.
  for (let attempt = 0; attempt < 5; attempt++) {
    await line.click()
    await drawn()
    if ((await page.textContent('.cm-activeLine'))?.includes(text)) return
  }
  throw new Error(`could not put the cursor on the line "${text}"`)
}

/** Appends `mine` to a line in the editor, then `theirs` to another line of the file on disk, as another program would. */
export async function editBothSides(page: Page, file: string, mine: { line: string; add: string }, theirs: { line: string; add: string }): Promise<string> {
  await clickLine(page, mine.line)
  await page.keyboard.press('End')
  await page.keyboard.type(mine.add)
  const text = readFileSync(file, 'utf8').replace(theirs.line, `${theirs.line}${theirs.add}`)
  writeFileSync(file, text)
  return text
}
