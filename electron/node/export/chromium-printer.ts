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
  let spare: Promise<LockedPage> | undefined

  const start = (): Promise<Browser> => {
    browser ??= launch()
    return browser
  }

  const newPage = async (viewport?: { width: number; height: number }): Promise<LockedPage> =>
    lockPage(await (await start()).newPage(viewport ? { viewport: { width: Math.ceil(viewport.width), height: Math.ceil(viewport.height) } } : {}))

  async function withPage<T>(run: (page: Page) => Promise<T>, viewport?: { width: number; height: number }): Promise<T> {
    const ready = viewport ? undefined : spare
    spare = undefined
    const { page, tried, violated } = await (ready ?? newPage(viewport))
    const crashed = new Promise<never>((_, reject) => page.once('crash', () => reject(new BriefdeckError('E_BROWSER', 'the browser crashed while printing'))))
    try {
      const result = await Promise.race([run(page), crashed, violated])
      refuseIfTried(tried)
      return result
    } catch (error) {
      refuseIfTried(tried)
      if (error instanceof BriefdeckError) throw error
      const first = String((error as Error).message).split('\n')[0]
      throw new BriefdeckError('E_BROWSER', `printing failed: ${first}`, { cause: error })
    } finally {
      await page.close().catch(() => {})
    }
  }

  async function load(page: Page, html: string): Promise<void> {
    // The document is set in place: the page never navigates, and has no URL a deck could be relative to.
    await page.setContent(html, { waitUntil: 'load', timeout: READY_TIMEOUT_MS })
    await page.waitForSelector('html[data-bd-ready]', { state: 'attached', timeout: READY_TIMEOUT_MS })
  }

  return {
    prepare() {
      if (spare) return
      spare = newPage()
      // A failed launch is reported by the print call that needs the browser, not here.
      spare.catch(() => {})
    },
    pdf: (html, options) => withPage(async (page) => {
      await load(page, html)
      const measured = await measuredIn(page)
      return { pdf: await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: options.tagged, outline: false }), measured }
    }),
    measure: (html) => withPage(async (page) => {
      await load(page, html)
      return measuredIn(page)
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

async function measuredIn(page: Page): Promise<string> {
  return (await page.getAttribute('html', 'data-bd-measured')) ?? ''
}

/** A print page, what it tried to load or where it tried to go, and a promise that rejects at the first try. */
interface LockedPage {
  page: Page
  tried: string[]
  violated: Promise<never>
}

/**
 * Locks a print page: it shows the document it is given, with its inline `data:` content, and
 * nothing else. Every request is refused and remembered, and so is any navigation, so a deck that
 * got past the sanitiser still cannot load a page into the PDF or reach the network.
 */
async function lockPage(page: Page): Promise<LockedPage> {
  const tried: string[] = []
  let stop: (error: Error) => void = () => {}
  const violated = new Promise<never>((_, reject) => {
    stop = reject
  })
  // A refused page must not wait out a timeout (a refresh keeps a load pending): the first try ends the print.
  violated.catch(() => {})
  const attempt = (url: string): void => {
    tried.push(url)
    stop(new BriefdeckError('E_COMPILE', refusal(tried)))
  }
  await page.route('**/*', (route) => {
    attempt(route.request().url())
    void route.abort('blockedbyclient').catch(() => {})
  })
  page.on('request', (request) => {
    if (!/^(data|blob|about):/.test(request.url())) attempt(request.url())
  })
  page.on('framenavigated', (frame) => {
    if (frame.url() !== 'about:blank') attempt(frame.url())
  })
  return { page, tried, violated }
}

/** An export whose page tried to load or navigate is a deck error, never a PDF. */
function refuseIfTried(tried: readonly string[]): void {
  if (tried.length > 0) throw new BriefdeckError('E_COMPILE', refusal(tried))
}

function refusal(tried: readonly string[]): string {
  const urls = [...new Set(tried)]
  return `printing stopped: the page tried to load ${urls.slice(0, 3).join(', ')}${urls.length > 3 ? ` and ${urls.length - 3} more` : ''}; decks may not load or navigate to anything outside themselves`
}
