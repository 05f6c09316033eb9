import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import type { BlockRenderer, BlockRequest, BlockResult } from '../../../renderer/core/blocks/block'
import { blockKey, mayHoldBlock } from '../../../renderer/core/blocks/block'
import { fillBlocks, pendingBlocks } from '../../../renderer/core/blocks/fill-blocks'
import { safeBlockSvg } from '../../../renderer/core/blocks/safe-block-svg'
import { MAX_DATA_BYTES, readChartSpec } from '../../../renderer/core/chart/chart-spec'
import type { ParsedDeck } from '../../../renderer/core/deck/deck'
import { toBriefdeckError } from '../../../renderer/core/errors'
import { textFontCss } from '../decks/fonts'
import { locateDeckAsset } from '../decks/deck-assets'
import { blockLook } from './block-look'
import { OVER_BUDGET, closeChartHost, drawChartIsolated, startChartHost } from './chart-host'
import { closeDiagramHost, drawDiagrams } from './diagram-host'

/** Where a deck's blocks are drawn for: its folder (chart data is read there, confined) and its theme. */
export interface BlockSite {
  deckDir: string
  theme?: string
  /** How long the deck's charts may take together; default DECK_CHART_BUDGET_MS. */
  chartBudgetMs?: number
}

/**
 * A deck's charts together may take this long to draw; the ones whose turn comes later are not drawn
 * (each still has its own limit, CHART_TIMEOUT_MS). Charts are drawn one at a time in one process: a
 * deck of slow charts would otherwise hold every chart of a server, another deck's too, for minutes.
 */
export const DECK_CHART_BUDGET_MS = 30_000

/** Drawings kept by content, theme and data: an edit redraws only the block it changed. */
const drawn = new Map<string, BlockResult>()
const MAX_KEPT = 300

/**
 * Starts the chart process for deck text that may hold a chart, before the deck compiles: it loads
 * while the compile runs. (The diagram page needs the browser, which a command starts first anyway.)
 */
export function prepareBlockHosts(text: string): void {
  if (mayHoldBlock(text, 'chart')) startChartHost()
}

/**
 * Draws a compiled deck's charts and diagrams and puts them in its slides: THE block stage of the
 * loader, for `build`, `export` and `serve`. A deck without any is returned as it is.
 */
export async function drawDeckBlocks(parsed: ParsedDeck, site: BlockSite): Promise<ParsedDeck> {
  const pending = pendingBlocks(parsed, new Map())
  if (pending.length === 0) return parsed
  const results = await nodeBlockRenderer(site)(pending)
  return fillBlocks(parsed, new Map(pending.map((block, i) => [block.key, results[i]])))
}

/**
 * The Node host's BlockRenderer: charts by vega in the chart process (chart-host.ts), diagrams by
 * Mermaid in a headless Chromium (diagram-host.ts); every drawing is made safe with safeBlockSvg.
 */
export function nodeBlockRenderer(site: BlockSite): BlockRenderer {
  return async (requests) => {
    const results: BlockResult[] = new Array(requests.length)
    const deadline = performance.now() + (site.chartBudgetMs ?? DECK_CHART_BUDGET_MS)
    const diagrams: Array<{ index: number; request: BlockRequest; cacheKey: string }> = []
    const charts: Array<Promise<void>> = []
    for (const [index, request] of requests.entries()) {
      const key = blockKey(request)
      const cacheKey = `${key}|${site.theme ?? ''}`
      if (request.kind === 'chart') charts.push(drawChartBlock(request, key, site, deadline).then((result) => void (results[index] = result)))
      else if (drawn.has(cacheKey)) results[index] = drawn.get(cacheKey) as BlockResult
      else diagrams.push({ index, request, cacheKey })
    }
    // Charts (in their process) and diagrams (in the browser) are drawn at the same time.
    await Promise.all([...charts, drawDiagramBlocks(diagrams, site, results)])
    return results
  }
}

async function drawDiagramBlocks(diagrams: ReadonlyArray<{ index: number; request: BlockRequest; cacheKey: string }>, site: BlockSite, results: BlockResult[]): Promise<void> {
  if (diagrams.length === 0) return
  const sources = diagrams.map((d) => d.request.source)
  const answers = await drawDiagrams(sources, blockLook(site.theme).diagram, textFontCss(sources.join(' '))).catch((error: unknown) => {
    const message = `diagrams are drawn by Chromium, which is not available: ${toBriefdeckError(error).message}`
    return sources.map(() => ({ ok: false as const, message, unavailable: true }))
  })
  for (const [i, { index, request, cacheKey }] of diagrams.entries()) {
    const answer = answers[i]
    const result = answer.ok ? safeBlockSvg(answer.svg, blockKey(request), answer.alt) : { ok: false as const, message: answer.message, ...('line' in answer && answer.line ? { line: answer.line } : {}) }
    results[index] = result
    // No browser now is not a property of the diagram: the next try may have one.
    if (!('unavailable' in answer)) keep(cacheKey, result)
  }
}

async function drawChartBlock(request: BlockRequest, key: string, site: BlockSite, deadline: number): Promise<BlockResult> {
  const read = readChartSpec(request.source)
  if (!read.ok) return read
  const files: Array<[string, string]> = []
  for (const path of read.files) {
    const found = locateDeckAsset(site.deckDir, path)
    if (!found.ok) return { ok: false, message: found.reason === 'outside' ? `data file ${path} leads outside the deck's folder and is not read` : `data file ${path} not found beside the deck` }
    const size = statSync(found.file).size
    if (size > MAX_DATA_BYTES) return { ok: false, message: `data file ${path} is ${Math.ceil(size / 1024)} KiB, more than a chart reads (${MAX_DATA_BYTES / 1024 / 1024} MiB); aggregate it first` }
    files.push([path, readFileSync(found.file, 'utf8')])
  }
  const cacheKey = `${key}|${site.theme ?? ''}|${createHash('sha256').update(JSON.stringify(files)).digest('base64')}`
  const known = drawn.get(cacheKey)
  if (known) return known
  const chart = await drawChartIsolated({ spec: read.spec, files, look: blockLook(site.theme).chart }, deadline)
  const result = chart.ok ? safeBlockSvg(chart.svg, key, chart.alt) : chart
  // A chart left undrawn for its deck's time is not a property of the chart: the next build draws it.
  if (chart.ok || chart.message !== OVER_BUDGET) keep(cacheKey, result)
  return result
}

function keep(key: string, result: BlockResult): void {
  if (drawn.size >= MAX_KEPT) drawn.delete(drawn.keys().next().value as string)
  drawn.set(key, result)
}

/** Ends the chart process and the diagram page, if open: a command calls it when it is done. */
export async function closeBlockHosts(): Promise<void> {
  await Promise.all([closeChartHost(), closeDiagramHost()])
}
