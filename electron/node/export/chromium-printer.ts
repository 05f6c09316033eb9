import { availableParallelism } from 'node:os'
import type { PhaseTrace } from '../trace/phase-trace'
import { type ChromiumBrowser, launchChromium } from './launch-chromium'
import { type LockedPage, openLockedPage } from './locked-page'
import type { Printer } from './printer'

/**
 * A Printer on a headless Chromium driven over its debugging pipe. The browser starts on first use
 * (or is handed over already starting: the CLI launches it before it loads the compiler) and is kept
 * for later calls, with its print pages: a book, or every export of a running server, pays for one
 * launch, and a warm export for no new page. Calls may overlap: each prints in its own page, and as
 * many pages print at once as the machine has cores.
 */
export function createChromiumPrinter(launch: () => ChromiumBrowser = launchChromium): Printer {
  let browser: ChromiumBrowser | undefined
  const idle: LockedPage[] = []
  /** A page prepare() is opening, which the next print takes rather than opening another. */
  let spare: Promise<LockedPage> | undefined
  const limit = Math.max(1, availableParallelism())
  const queue: Array<() => void> = []
  let busy = 0
  const traced = new WeakSet<PhaseTrace>()

  const start = (): ChromiumBrowser => {
    browser ??= launch()
    return browser
  }

  const open = async (viewport?: { width: number; height: number }): Promise<LockedPage> => {
    const started = start()
    await started.ready
    return openLockedPage(started.cdp, started.exited, viewport)
  }
  const take = async (trace?: PhaseTrace): Promise<LockedPage> => {
    const ready = idle.pop()
    if (ready) return ready
    const opening = spare ?? open()
    spare = undefined
    return trace ? trace.time('page open', () => opening) : opening
  }

  /** Waits for a free slot: at most one print per core at a time, the rest queue in order. */
  const slot = async (): Promise<() => void> => {
    if (busy >= limit) await new Promise<void>((resolve) => queue.push(resolve))
    busy++
    return () => {
      busy--
      queue.shift()?.()
    }
  }

  async function withPage<T>(run: (page: LockedPage) => Promise<T>, trace?: PhaseTrace): Promise<T> {
    const release = await slot()
    const page = await take(trace).catch((error: unknown) => {
      release()
      throw error
    })
    const timing = browser?.timing
    if (trace && timing?.ready !== undefined && !traced.has(trace)) {
      traced.add(trace)
      trace.record('browser start', timing.launched, timing.ready)
    }
    try {
      const result = await run(page)
      page.assertUntouched()
      return result
    } finally {
      if (page.usable && browser) idle.push(page)
      else void page.close()
      release()
    }
  }

  return {
    prepare() {
      if (idle.length > 0 || spare) return
      spare = open()
      // A failed launch is reported by the print call that needs the browser, not here.
      spare.catch(() => {})
    },
    pdf: (html, options) => withPage(async (page) => {
      const time = <T>(phase: 'page load' | 'print', step: () => Promise<T>): Promise<T> => options.trace ? options.trace.time(phase, step, options.label) : step()
      await time('page load', () => page.load(html))
      const measured = (await page.htmlAttribute('data-bd-measured')) ?? ''
      return { pdf: await time('print', () => page.pdf(options.tagged)), measured }
    }, options.trace),
    measure: (html) => withPage(async (page) => {
      await page.load(html)
      return (await page.htmlAttribute('data-bd-measured')) ?? ''
    }),
    async png(html, size) {
      // Pictures change the page's viewport: they get a page of their own, closed afterwards.
      const release = await slot()
      const page = await open(size)
      try {
        await page.load(html)
        const shots = await page.pagePngs()
        page.assertUntouched()
        return shots
      } finally {
        void page.close()
        release()
      }
    },
    async close() {
      const started = browser
      browser = undefined
      spare = undefined
      idle.length = 0
      started?.close()
    },
  }
}
