import * as vega from 'vega'
import { expressionInterpreter } from 'vega-interpreter'
import { compile } from 'vega-lite'
import { chartAlt } from '../../../renderer/core/chart/chart-alt'
import { type ChartLook, type ChartSpec, MAX_DATA_ROWS, chartConfig, inlineChartData } from '../../../renderer/core/chart/chart-spec'

/**
 * How wide text is, in em, by character class: Noto Sans's advances, near enough for vega to lay out
 * axes, legends and titles as they will be drawn (its own guess, 0.8 em a character, spreads them
 * apart and turns category labels on their side).
 */
function textWidth(text: string, fontSize: number, bold: boolean): number {
  let em = 0
  for (const ch of text) {
    if (/[0-9]/.test(ch)) em += 0.572
    else if (ch === ' ') em += 0.26
    else if (/[ijlI|!.,:;'`]/.test(ch)) em += 0.27
    else if (/[ft()[\]{}\-/]/.test(ch)) em += 0.33
    else if (/[mwMW]/.test(ch)) em += 0.86
    else if (/[A-Z]/.test(ch)) em += 0.66
    else if (/[a-z]/.test(ch)) em += 0.55
    else em += 0.62
  }
  return em * fontSize * (bold ? 1.06 : 1)
}
// vega's typings leave out `textMetrics`; vega-scenegraph exports it for exactly this.
(vega as unknown as { textMetrics: { width(item: unknown, text?: unknown): number } }).textMetrics.width = (item: unknown, text?: unknown): number => {
  const mark = item as unknown as { fontSize?: number; fontWeight?: string | number; text?: unknown }
  const value = text ?? mark.text
  const line = Array.isArray(value) ? value.map(String).reduce((a, b) => (a.length > b.length ? a : b), '') : String(value ?? '')
  return textWidth(line, mark.fontSize ?? 11, mark.fontWeight === 'bold' || Number(mark.fontWeight) >= 600)
}

/** What a chart worker is asked: the spec as read, its data files' text, and the theme's look. */
export interface ChartJob {
  spec: ChartSpec
  files: Array<[string, string]>
  look: ChartLook
}

/** A drawn chart before it is made safe for a slide (see safeBlockSvg), or why it was not drawn. */
export type DrawnChart = { ok: true; svg: string; alt: string } | { ok: false; message: string }

/**
 * The one chart renderer: Vega-Lite compiled to Vega, run headless, written out as SVG by vega's own
 * SVG string renderer. Expressions are interpreted (vega-interpreter), never compiled to functions,
 * and the loader refuses every URL: data files were read beforehand and put in the spec.
 */
export async function drawChart(job: ChartJob): Promise<DrawnChart> {
  const spec = inlineChartData(job.spec, new Map(job.files))
  let view: vega.View | undefined
  // vega numbers clip paths and gradients per process: from 1 for every chart, a chart's SVG depends
  // on that chart alone, not on what its process drew before (a server's earlier charts, the snapshot's warm-up).
  vega.resetSVGDefIds()
  try {
    const { config: own, ...rest } = spec
    const config = vega.mergeConfig(chartConfig(job.look) as vega.Config, (own ?? {}) as vega.Config)
    const compiled = compile({ ...rest, config } as unknown as Parameters<typeof compile>[0]).spec
    const runtime = vega.parse(compiled, undefined, { ast: true })
    view = new vega.View(runtime, { renderer: 'none', loader: refusingLoader(), expr: expressionInterpreter, logLevel: vega.None })
    await view.runAsync()
    const rows = sourceRows(view, compiled)
    if (rows.count > MAX_DATA_ROWS) return { ok: false, message: `the data has ${rows.count} rows, more than a chart on a slide draws (${MAX_DATA_ROWS}); aggregate it first` }
    const svg = await view.toSVG()
    return { ok: true, svg, alt: chartAlt(job.spec, rows.first) }
  } catch (error) {
    return { ok: false, message: String((error as Error).message ?? error).split('\n')[0].slice(0, 300) }
  } finally {
    view?.finalize()
  }
}

/** The rows of the chart's data sources: how many in all, and the first source's, for the text alternative. */
function sourceRows(view: vega.View, compiled: vega.Spec): { count: number; first: Array<Record<string, unknown>> } {
  let count = 0
  let first: Array<Record<string, unknown>> | undefined
  for (const data of compiled.data ?? []) {
    if ('source' in data && data.source !== undefined) continue
    let rows: Array<Record<string, unknown>> = []
    try {
      rows = view.data(data.name) as Array<Record<string, unknown>>
    } catch {
      continue
    }
    count += rows.length
    first ??= rows
  }
  return { count, first: first ?? [] }
}

/**
 * A loader that loads nothing: a chart's data is in its spec, and anything else would leave the deck.
 * A mark's link (the `href` channel) is answered with no address rather than refused: vega's SVG
 * writer reads the answer without checking it, so a refusal would stop the worker. No link is drawn.
 */
function refusingLoader(): vega.Loader {
  const refuse = (uri: string): Promise<never> => Promise.reject(new Error(`${String(uri).slice(0, 80)} is not loaded: a chart loads nothing`))
  return {
    load: refuse,
    sanitize: (uri: string, options?: { context?: string }) => (options?.context === 'href' ? Promise.resolve({}) : refuse(uri)),
    http: refuse,
    file: refuse,
  } as unknown as vega.Loader
}
