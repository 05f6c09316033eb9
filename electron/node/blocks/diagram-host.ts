import type { Browser, Page } from 'playwright-core'
import { contentSecurityPolicy } from '../../../renderer/core/html/csp'
import { escapeHtml } from '../../../renderer/core/html/escape-html'
import { BriefdeckError } from '../../../renderer/core/errors'
import type { DiagramLook, DrawnDiagram } from '../../../renderer/core/blocks/diagram'
import { readPageScript } from '../decks/bundled-files'
import { launchChromium } from '../export/launch-chromium'

/** One batch of diagrams may take this long; a diagram that hangs Mermaid's layout is stopped. */
export const DIAGRAM_TIMEOUT_MS = 20_000
/** The browser is closed after this long without diagrams (a server keeps it between edits). */
const IDLE_MS = 60_000

let session: Promise<{ browser: Browser; page: Page }> | undefined
let idle: ReturnType<typeof setTimeout> | undefined
let queue: Promise<unknown> = Promise.resolve()

/**
 * Draws Mermaid diagrams in a headless Chromium (the one `findChromium` finds), in a page that holds
 * only Briefdeck's bundled Mermaid and the fonts it is given: its CSP allows that script alone and
 * nothing to load, and every request is refused. The browser starts on first use and is kept
 * between batches; closeDiagramHost() ends it. Throws E_BROWSER when there is no browser.
 */
export function drawDiagrams(sources: readonly string[], look: DiagramLook, fontCss: string): Promise<DrawnDiagram[]> {
  const drawn = queue.then(() => drawBatch(sources, look, fontCss))
  queue = drawn.catch(() => {})
  return drawn
}

async function drawBatch(sources: readonly string[], look: DiagramLook, fontCss: string): Promise<DrawnDiagram[]> {
  if (idle) clearTimeout(idle)
  const { page } = await (session ??= openSession())
  try {
    await page.evaluate((css) => {
      const sheet = document.getElementById('fonts') as HTMLStyleElement
      if (sheet.textContent !== css) sheet.textContent = css
    }, fontCss)
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new BriefdeckError('E_BROWSER', `drawing diagrams took longer than ${DIAGRAM_TIMEOUT_MS / 1000} s`)), DIAGRAM_TIMEOUT_MS).unref())
    return await Promise.race([page.evaluate(({ list, style }) => (window as unknown as { bdDrawDiagrams(s: string[], l: DiagramLook): Promise<DrawnDiagram[]> }).bdDrawDiagrams(list, style), { list: [...sources], style: look }), timeout])
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

async function openSession(): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchChromium()
  const page = await browser.newPage()
  await page.route('**/*', (route) => void route.abort('blockedbyclient').catch(() => {}))
  const script = readPageScript('render-diagrams.js')
  const csp = contentSecurityPolicy({ scripts: [script.sha256] })
  await page.setContent([
    '<!doctype html><html><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<style id="fonts"></style></head><body>',
    `<script>${script.code}</script>`,
    '</body></html>',
  ].join(''))
  return { browser, page }
}

/** Closes the diagram browser, if one is open: the CLI calls it when a command is done. */
export async function closeDiagramHost(): Promise<void> {
  const open = session
  session = undefined
  if (idle) clearTimeout(idle)
  if (open) await (await open.catch(() => null))?.browser.close().catch(() => {})
}
