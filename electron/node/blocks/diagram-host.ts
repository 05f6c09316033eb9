import type { Browser, Page } from 'playwright-core'
import { contentSecurityPolicy } from '../../../renderer/core/html/csp'
import { escapeHtml } from '../../../renderer/core/html/escape-html'
import { BriefdeckError } from '../../../renderer/core/errors'
import type { DiagramLook, DrawnDiagram } from '../../../renderer/core/blocks/diagram'
import { readPageScript } from '../decks/bundled-files'
import { chromiumArgs, findChromium } from '../export/find-chromium'

/** One batch of diagrams may take this long; a diagram that hangs Mermaid's layout is stopped. */
export const DIAGRAM_TIMEOUT_MS = 20_000
/** The browser is closed after this long without diagrams (a server keeps it between edits). */
const IDLE_MS = 60_000

/**
 * A page that draws diagrams (diagramPageHtml() loaded in a browser), the diagram host's port: the
 * CLI and browser mode use a headless Chromium's tab; the desktop app a hidden window of its own
 * Chromium (electron/main/electron-diagrams.ts), so an installed app needs no browser for them.
 */
export interface DiagramPage {
  /** Sets the page's font rules, then runs `bdDrawDiagrams(sources, look)` in it. */
  draw(sources: readonly string[], look: DiagramLook, fontCss: string): Promise<DrawnDiagram[]>
  close(): Promise<void>
}

let openPage: () => Promise<DiagramPage> = openChromiumPage
let session: Promise<DiagramPage> | undefined
let idle: ReturnType<typeof setTimeout> | undefined
let queue: Promise<unknown> = Promise.resolve()

/** Draws diagrams in pages `open` makes from now on, instead of a headless Chromium's (the desktop app's choice). */
export function useDiagramPages(open: () => Promise<DiagramPage>): void {
  openPage = open
  void closeDiagramHost()
}

/**
 * Draws Mermaid diagrams in a page that holds only Briefdeck's bundled Mermaid and the fonts it is
 * given: its CSP allows that script alone and nothing to load, and the host refuses every request.
 * The page opens on first use and is kept between batches; closeDiagramHost() ends it. Throws
 * E_BROWSER when there is no browser.
 */
export function drawDiagrams(sources: readonly string[], look: DiagramLook, fontCss: string): Promise<DrawnDiagram[]> {
  const drawn = queue.then(() => drawBatch(sources, look, fontCss))
  queue = drawn.catch(() => {})
  return drawn
}

async function drawBatch(sources: readonly string[], look: DiagramLook, fontCss: string): Promise<DrawnDiagram[]> {
  if (idle) clearTimeout(idle)
  const page = await (session ??= openPage())
  try {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new BriefdeckError('E_BROWSER', `drawing diagrams took longer than ${DIAGRAM_TIMEOUT_MS / 1000} s`)), DIAGRAM_TIMEOUT_MS).unref())
    return await Promise.race([page.draw(sources, look, fontCss), timeout])
  } catch (error) {
    // A page that failed or hung is not used again.
    await closeDiagramHost()
    if (error instanceof BriefdeckError) return sources.map(() => ({ ok: false, message: error.message }))
    throw new BriefdeckError('E_BROWSER', `drawing diagrams failed: ${String((error as Error).message).split('\n')[0]}`, { cause: error })
  } finally {
    idle = setTimeout(() => void closeDiagramHost(), IDLE_MS)
    idle.unref()
  }
}

/** The page diagrams are drawn in, whichever browser loads it: the bundled Mermaid, allowed by its hash, and an empty font sheet. */
export function diagramPageHtml(): string {
  const script = readPageScript('render-diagrams.js')
  const csp = contentSecurityPolicy({ scripts: [script.sha256] })
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<style id="fonts"></style></head><body>',
    `<script>${script.code}</script>`,
    '</body></html>',
  ].join('')
}

/** What a DiagramPage runs in its page: the font sheet set (when it changed), then the drawing. */
export async function drawInPage({ list, style, css }: { list: string[]; style: DiagramLook; css: string }): Promise<DrawnDiagram[]> {
  const sheet = document.getElementById('fonts') as HTMLStyleElement
  if (sheet.textContent !== css) sheet.textContent = css
  return (window as unknown as { bdDrawDiagrams(s: string[], l: DiagramLook): Promise<DrawnDiagram[]> }).bdDrawDiagrams(list, style)
}

/**
 * The headless Chromium `findChromium` finds, with one tab whose every request is refused. Driven by
 * Playwright (the printer's own pipe driver prints, but does not evaluate functions in a page).
 */
async function openChromiumPage(): Promise<DiagramPage> {
  const location = findChromium()
  // Loaded on demand: playwright-core takes a quarter of a second to load, which a deck without diagrams never needs.
  const { chromium } = await import('playwright-core')
  const browser: Browser = await chromium.launch({ executablePath: location.path, args: chromiumArgs(), headless: true }).catch((error: Error) => {
    throw new BriefdeckError('E_BROWSER', `could not start ${location.path} (found via ${location.source}) to draw diagrams: ${String(error.message).split('\n')[0]}`, { cause: error })
  })
  try {
    const page: Page = await browser.newPage()
    await page.route('**/*', (route) => void route.abort('blockedbyclient').catch(() => {}))
    await page.setContent(diagramPageHtml())
    return {
      draw: (sources, look, fontCss) => page.evaluate(drawInPage, { list: [...sources], style: look, css: fontCss }),
      close: () => browser.close().catch(() => {}),
    }
  } catch (error) {
    await browser.close().catch(() => {})
    throw error
  }
}

/** Closes the diagram page, if one is open: the CLI calls it when a command is done. */
export async function closeDiagramHost(): Promise<void> {
  const open = session
  session = undefined
  if (idle) clearTimeout(idle)
  if (open) await (await open.catch(() => null))?.close()
}
