import { BriefdeckError } from '../../../renderer/core/errors'
import { type CdpConnection, type CdpEvent, CdpError } from './cdp-connection'

/** How long a print document may take to lay itself out before the export gives up. */
const READY_TIMEOUT_MS = 120_000
/** The viewport a print document is laid out in before printing (the slide's size, as Playwright's default was). */
const VIEWPORT = { width: 1280, height: 720 }

/**
 * A print page in its own browser context. It shows the documents it is given, with their inline
 * `data:` content, and nothing else: every request is refused and remembered, and so is any
 * navigation, so a deck that got past the sanitiser still cannot load a page into the PDF or reach
 * the network. A page is reused for later documents (a warm export pays for no new page) until it
 * sees a refusal or an error.
 */
export interface LockedPage {
  /** Sets the document in place (the page never navigates) and waits for its `data-bd-ready`. */
  load(html: string): Promise<void>
  /** Reads an attribute of the document's <html>. */
  htmlAttribute(name: string): Promise<string | null>
  /** Prints the loaded document, its pages sized by its `@page` rule. */
  pdf(tagged: boolean): Promise<Uint8Array>
  /** A PNG of each `.bd-page`, at its CSS pixel size. */
  pagePngs(): Promise<Uint8Array[]>
  /** Throws the refusal if the document tried to load or navigate anywhere. */
  assertUntouched(): void
  /** Whether the page can print another document. */
  readonly usable: boolean
  close(): Promise<void>
}

/** Opens a locked page: a new browser context and target, attached, with requests refused. */
export async function openLockedPage(cdp: CdpConnection, browserExited: Promise<never>, viewport = VIEWPORT): Promise<LockedPage> {
  const { browserContextId } = await cdp.send<{ browserContextId: string }>('Target.createBrowserContext', { disposeOnDetach: true })
  const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank', browserContextId })
  const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true })
  const send = <T = Record<string, unknown>>(method: string, params?: Record<string, unknown>): Promise<T> => cdp.send<T>(method, params, sessionId)

  let tried: string[] = []
  let stop: (error: Error) => void = () => {}
  let usable = true
  let violated = armed()
  function armed(): Promise<never> {
    const promise = new Promise<never>((_, reject) => {
      stop = reject
    })
    // A refused page must not wait out a timeout (a refresh keeps a load pending): the first try ends the print.
    promise.catch(() => {})
    return promise
  }
  const attempt = (url: string): void => {
    tried.push(url)
    usable = false
    stop(new BriefdeckError('E_COMPILE', refusal(tried)))
  }
  let crash: (error: Error) => void = () => {}
  const crashed = new Promise<never>((_, reject) => {
    crash = reject
  })
  crashed.catch(() => {})

  const stopListening = cdp.on((event: CdpEvent) => {
    if (event.sessionId !== sessionId) return
    const params = event.params as Record<string, never>
    if (event.method === 'Fetch.requestPaused') {
      const url = String((params.request as { url: string }).url)
      if (!/^(data|blob|about):/.test(url)) attempt(url)
      void send('Fetch.failRequest', { requestId: params.requestId, errorReason: 'BlockedByClient' }).catch(() => {})
    } else if (event.method === 'Network.requestWillBeSent') {
      const url = String((params.request as { url: string }).url)
      if (!/^(data|blob|about):/.test(url)) attempt(url)
    } else if (event.method === 'Page.frameNavigated') {
      const url = String((params.frame as { url: string }).url)
      if (url !== 'about:blank') attempt(url)
    } else if (event.method === 'Inspector.targetCrashed') {
      usable = false
      crash(new BriefdeckError('E_BROWSER', 'the browser crashed while printing'))
    }
  })
  await Promise.all([
    send('Fetch.enable', { patterns: [{ urlPattern: '*' }] }),
    send('Network.enable'),
    send('Page.enable'),
    send('Inspector.enable'),
    send('Emulation.setDeviceMetricsOverride', { width: Math.ceil(viewport.width), height: Math.ceil(viewport.height), deviceScaleFactor: 1, mobile: false }),
  ])
  const { frameTree } = await send<{ frameTree: { frame: { id: string } } }>('Page.getFrameTree')
  const frameId = frameTree.frame.id

  /** Runs a step of a print, which the page's refusal, a crash or the browser's exit cuts short. */
  async function guarded<T>(step: () => Promise<T>): Promise<T> {
    try {
      return await Promise.race([step(), violated, crashed, browserExited])
    } catch (error) {
      usable = false
      if (tried.length > 0) throw new BriefdeckError('E_COMPILE', refusal(tried))
      if (error instanceof BriefdeckError) throw error
      if (error instanceof CdpError && error.closed) throw new BriefdeckError('E_BROWSER', 'the browser crashed while printing', { cause: error })
      const first = String((error as Error).message).split('\n')[0]
      throw new BriefdeckError('E_BROWSER', `printing failed: ${first}`, { cause: error })
    }
  }

  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await send<{ result: { value?: T }; exceptionDetails?: { text: string } }>('Runtime.evaluate', {
      expression, awaitPromise: true, returnByValue: true,
    })
    if (exceptionDetails) throw new Error(exceptionDetails.text)
    return result.value as T
  }

  return {
    get usable() {
      return usable
    },
    load: (html) => guarded(async () => {
      tried = []
      violated = armed()
      await send('Page.setDocumentContent', { frameId, html })
      // The page's own layout script sets data-bd-ready once fonts are in and every slide is measured.
      const ready = await evaluate<boolean>(`new Promise((resolve) => {
        const done = () => document.readyState === 'complete' && document.documentElement.hasAttribute('data-bd-ready')
        if (done()) return resolve(true)
        const timer = setTimeout(() => resolve(false), ${READY_TIMEOUT_MS})
        const check = () => { if (done()) { clearTimeout(timer); observer.disconnect(); resolve(true) } }
        const observer = new MutationObserver(check)
        observer.observe(document.documentElement, { attributes: true })
        window.addEventListener('load', check)
      })`)
      if (!ready) throw new BriefdeckError('E_BROWSER', 'the print document did not finish laying out')
    }),
    htmlAttribute: (name) => guarded(() => evaluate<string | null>(`document.documentElement.getAttribute(${JSON.stringify(name)})`)),
    pdf: (tagged) => guarded(async () => {
      const { stream } = await send<{ stream: string }>('Page.printToPDF', {
        printBackground: true, preferCSSPageSize: true, generateTaggedPDF: tagged, generateDocumentOutline: false,
        marginTop: 0, marginBottom: 0, marginLeft: 0, marginRight: 0, transferMode: 'ReturnAsStream',
      })
      const chunks: Buffer[] = []
      for (;;) {
        const { data, base64Encoded, eof } = await send<{ data: string; base64Encoded?: boolean; eof: boolean }>('IO.read', { handle: stream, size: 1 << 22 })
        chunks.push(Buffer.from(data, base64Encoded ? 'base64' : 'binary'))
        if (eof) break
      }
      await send('IO.close', { handle: stream })
      return new Uint8Array(Buffer.concat(chunks))
    }),
    pagePngs: () => guarded(async () => {
      const boxes = await evaluate<Array<{ x: number; y: number; width: number; height: number }>>(
        `[...document.querySelectorAll('.bd-page')].map((page) => { const r = page.getBoundingClientRect(); return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height } })`)
      const shots: Uint8Array[] = []
      for (const box of boxes) {
        const { data } = await send<{ data: string }>('Page.captureScreenshot', { format: 'png', clip: { ...box, scale: 1 }, captureBeyondViewport: true })
        shots.push(new Uint8Array(Buffer.from(data, 'base64')))
      }
      return shots
    }),
    assertUntouched() {
      if (tried.length > 0) throw new BriefdeckError('E_COMPILE', refusal(tried))
    },
    async close() {
      usable = false
      stopListening()
      await cdp.send('Target.disposeBrowserContext', { browserContextId }).catch(() => {})
    },
  }
}

function refusal(tried: readonly string[]): string {
  const urls = [...new Set(tried)]
  return `printing stopped: the page tried to load ${urls.slice(0, 3).join(', ')}${urls.length > 3 ? ` and ${urls.length - 3} more` : ''}; decks may not load or navigate to anything outside themselves`
}
