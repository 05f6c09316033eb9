import type { Browser, Page } from 'playwright-core'
import { BriefdeckError } from '../../../renderer/core/errors'
import { launchChromium } from './launch-chromium'
import type { Printer } from './printer'

/** How long a print document may take to lay itself out before the export gives up. */
const READY_TIMEOUT_MS = 120_000

/**
 * A Printer on a headless Chromium. The browser starts on first use and is kept for later calls,
 * so a book, or every export of a running server, pays for one launch.
 */
export function createChromiumPrinter(launch: () => Promise<Browser> = launchChromium): Printer {
  let browser: Promise<Browser> | undefined
  /** A page opened ahead of time by prepare(), used by the next PDF. */
  let spare: Promise<Page> | undefined

  const start = (): Promise<Browser> => {
    browser ??= launch()
    return browser
  }

  async function withPage<T>(run: (page: Page) => Promise<T>, viewport?: { width: number; height: number }): Promise<T> {
    const ready = viewport ? undefined : spare
    spare = undefined
    const page = await (ready ?? (await start()).newPage(viewport ? { viewport: { width: Math.ceil(viewport.width), height: Math.ceil(viewport.height) } } : {}))
    const crashed = new Promise<never>((_, reject) => page.once('crash', () => reject(new BriefdeckError('E_BROWSER', 'the browser crashed while printing'))))
    try {
      return await Promise.race([run(page), crashed])
    } catch (error) {
      if (error instanceof BriefdeckError) throw error
      const first = String((error as Error).message).split('\n')[0]
      throw new BriefdeckError('E_BROWSER', `printing failed: ${first}`, { cause: error })
    } finally {
      await page.close().catch(() => {})
    }
  }

  async function load(page: Page, html: string): Promise<void> {
    await page.setContent(html, { waitUntil: 'load', timeout: READY_TIMEOUT_MS })
    await page.waitForSelector('html[data-bd-ready]', { state: 'attached', timeout: READY_TIMEOUT_MS })
  }

  return {
    prepare() {
      if (spare) return
      spare = start().then((b) => b.newPage())
      // A failed launch is reported by the print call that needs the browser, not here.
      spare.catch(() => {})
    },
    pdf: (html, options) => withPage(async (page) => {
      await load(page, html)
      return page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: options.tagged, outline: false })
    }),
    png: (html, size) => withPage(async (page) => {
      await load(page, html)
      const pages = page.locator('.bd-page')
      const shots: Uint8Array[] = []
      for (let i = 0, n = await pages.count(); i < n; i++) shots.push(await pages.nth(i).screenshot({ type: 'png' }))
      return shots
    }, size),
    async close() {
      const started = browser
      browser = undefined
      spare = undefined
      if (started) await (await started.catch(() => null))?.close()
    },
  }
}
