import { BrowserWindow } from 'electron'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { BriefdeckError } from '../../renderer/core/errors'
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../renderer/core/slide/static-slide'
import type { Printer } from '../node/export/printer'

async function measuredIn(window: BrowserWindow): Promise<string> {
  return ((await window.webContents.executeJavaScript("document.documentElement.getAttribute('data-bd-measured')")) as string | null) ?? ''
}

/** The desktop app's Printer: hidden, sandboxed windows and `webContents.printToPDF`. */
export function createElectronPrinter(): Printer {
  // A long document prints in slices side by side (print-slices.ts): one window per core at a time,
  // the rest wait their turn, so a 1,000-page book does not open 25 windows at once.
  const limit = Math.max(1, availableParallelism())
  const queue: Array<() => void> = []
  let busy = 0
  async function withDocument<T>(html: string, size: { width: number; height: number } | undefined, run: (window: BrowserWindow) => Promise<T>): Promise<T> {
    if (busy >= limit) await new Promise<void>((resolve) => queue.push(resolve))
    busy++
    try {
      return await inWindow(html, size, run)
    } finally {
      busy--
      queue.shift()?.()
    }
  }

  async function inWindow<T>(html: string, size: { width: number; height: number } | undefined, run: (window: BrowserWindow) => Promise<T>): Promise<T> {
    const dir = await mkdtemp(join(tmpdir(), 'briefdeck-print-'))
    const window = new BrowserWindow({
      show: false,
      width: Math.ceil(size?.width ?? SLIDE_WIDTH),
      height: Math.ceil(size?.height ?? SLIDE_HEIGHT),
      useContentSize: true,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: true, disableBlinkFeatures: 'Auxclick' },
    })
    try {
      // A file, not a data: URL: print documents are megabytes of inlined fonts and images.
      const file = join(dir, 'print.html')
      await writeFile(file, html)
      await window.loadFile(file)
      const started = Date.now()
      while (!(await window.webContents.executeJavaScript("document.documentElement.hasAttribute('data-bd-ready')"))) {
        if (Date.now() - started > 120_000) throw new BriefdeckError('E_BROWSER', 'the print document did not finish laying out')
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      return await run(window)
    } catch (error) {
      if (error instanceof BriefdeckError) throw error
      throw new BriefdeckError('E_BROWSER', `printing failed: ${(error as Error).message}`, { cause: error })
    } finally {
      window.destroy()
      await rm(dir, { recursive: true, force: true })
    }
  }

  return {
    pdf: (html, options) => withDocument(html, undefined, async (window) => {
      const measured = await measuredIn(window)
      return { pdf: await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, generateTaggedPDF: options.tagged, generateDocumentOutline: false }), measured }
    }),
    measure: (html) => withDocument(html, undefined, measuredIn),
    png: (html, size) => withDocument(html, size, async (window) => {
      const count = (await window.webContents.executeJavaScript("document.querySelectorAll('.bd-page').length")) as number
      const shots: Uint8Array[] = []
      for (let i = 0; i < count; i++) {
        await window.webContents.executeJavaScript(`document.querySelectorAll('.bd-page')[${i}].scrollIntoView()`)
        shots.push((await window.webContents.capturePage()).toPNG())
      }
      return shots
    }),
    async close() {},
  }
}
