import type { CompositeMark } from 'vega-lite/types_unstable/compositemark/index.js'
import type { Mark } from 'vega-lite/types_unstable/mark.js'
import type { StandardType } from 'vega-lite/types_unstable/type.js'
import { type Document, LineCounter, isMap, isPair, isScalar, parseDocument, visit as visitYaml } from 'yaml'
import { classifyUrl } from '../html/asset-url'
import { yamlErrorLine } from '../deck/yaml-error-line'

/** A Vega-Lite spec as read from a ```` ```chart ```` block. */
export type ChartSpec = Record<string, unknown>

/** The spec, and the deck-relative data files it reads; or why it cannot be drawn, at a line of the block. */
export type ReadSpec = { ok: true; spec: ChartSpec; files: string[] } | { ok: false; message: string; line?: number }

/** A data file may be this large: the chart is drawn in the build, and a slide shows a few hundred marks at most. */
export const MAX_DATA_BYTES = 2 * 1024 * 1024
/** A chart may draw from this many rows in all; more is refused with a message, not drawn slowly. */
export const MAX_DATA_ROWS = 5000
/** Vega-Lite's marks, checked against its own types (a mark it adds or drops fails the type-check here). */
const MARKS: Record<Mark | CompositeMark, true> = {
  arc: true, area: true, bar: true, image: true, line: true, point: true, rect: true, rule: true, text: true, tick: true,
  trail: true, circle: true, square: true, geoshape: true, boxplot: true, errorbar: true, errorband: true,
}
/** A field's measurement types, likewise. */
const FIELD_TYPES: Record<StandardType | 'geojson', true> = { quantitative: true, ordinal: true, temporal: true, nominal: true, geojson: true }

/** Data formats by file ending, as Vega-Lite infers them. */
const DATA_FORMATS: Record<string, string> = { csv: 'csv', tsv: 'tsv', json: 'json', dsv: 'dsv' }

/**
 * Reads a chart block: a Vega-Lite spec in YAML (or JSON, which YAML reads too). Data may be inline
 * (`values`) or a file beside the deck (`data: {url: trade.csv}`), confined to the deck's folder as
 * images are: a URL to the network, an absolute path or one that climbs out is refused, and so is
 * any other URL in the spec (images, links), because a chart loads nothing.
 */
export function readChartSpec(source: string): ReadSpec {
  const lineCounter = new LineCounter()
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true })
  if (document.errors.length > 0) {
    const error = document.errors[0]
    return { ok: false, message: `the spec is not valid YAML or JSON: ${error.message.split('\n')[0]}`, line: yamlErrorLine(error, lineCounter, source) }
  }
  if (!isMap(document.contents)) return { ok: false, message: 'the spec must be a Vega-Lite mapping (mark:, encoding:, data: …)' }
  let spec: ChartSpec
  try {
    spec = document.toJS({ maxAliasCount: 50 }) as ChartSpec
  } catch (error) {
    return { ok: false, message: `the spec cannot be read: ${(error as Error).message.split('\n')[0]}` }
  }
  const unknown = unknownName(document, lineCounter)
  if (unknown) return { ok: false, ...unknown }
  const files = new Set<string>()
  const problem = visit(spec, (url, key) => {
    if (key !== 'data') return `\`url: ${url.slice(0, 60)}\` is not drawn: a chart loads nothing but data files beside the deck`
    const verdict = classifyUrl(url, 'resource')
    if (verdict.kind === 'local') {
      files.add(verdict.path)
      return null
    }
    if (verdict.kind === 'remote') return `data from ${url.slice(0, 80)} is not loaded: decks work offline; put the file beside the deck`
    return `data file ${url.slice(0, 80)} is outside the deck's folder and is not loaded`
  })
  return problem === null ? { ok: true, spec, files: [...files] } : { ok: false, message: problem }
}

/**
 * A mark or a field type Vega-Lite does not know, at its line: Vega-Lite's own message for these is
 * an internal one (`Cannot read properties of undefined (reading 'filled')`, `Invalid field type
 * "undefined"`). Inline data (`values`) is not looked into.
 */
function unknownName(document: Document, lineCounter: LineCounter): { message: string; line: number } | null {
  let found: { message: string; line: number } | null = null
  visitYaml(document, {
    Pair(_key, pair, path) {
      if (!isScalar(pair.key)) return undefined
      const name = String(pair.key.value)
      if (name === 'values') return visitYaml.SKIP
      // `mark: bar`, `mark: {type: bar}`, and a channel's `encoding: {x: {type: …}}`; other `type:` keys (a scale's, a format's) are not these.
      const [what, known] = name === 'mark' || (name === 'type' && keyAbove(path, 2) === 'mark') ? ['mark', MARKS]
        : name === 'type' && keyAbove(path, 4) === 'encoding' ? ['field type', FIELD_TYPES] : [null, null]
      if (known === null || !isScalar(pair.value)) return undefined
      const value = pair.value.value
      if (typeof value === 'string' && Object.hasOwn(known, value)) return undefined
      found = { message: `unknown ${what} \`${String(value).slice(0, 40)}\`; Vega-Lite knows ${Object.keys(known).join(', ')}`, line: lineCounter.linePos(pair.value.range?.[0] ?? 0).line }
      return visitYaml.BREAK
    },
  })
  return found
}

/** The key of the pair `depth` steps up a YAML visit's path (2: the pair whose value holds this map), if it is one. */
function keyAbove(path: readonly unknown[], depth: number): string | undefined {
  const pair = path[path.length - depth]
  return isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : undefined
}

/** Calls `check` on every `url` in the spec with the key of the object holding it; the first problem stops the walk. */
function visit(value: unknown, check: (url: string, key: string) => string | null): string | null {
  const stack: Array<[unknown, string]> = [[value, '']]
  while (stack.length > 0) {
    const [node, key] = stack.pop() as [unknown, string]
    if (Array.isArray(node)) {
      for (const item of node) stack.push([item, key])
    } else if (typeof node === 'object' && node !== null) {
      for (const [name, child] of Object.entries(node)) {
        if (name === 'url') {
          const problem = check(typeof child === 'string' ? child : JSON.stringify(child) ?? '', key)
          if (problem !== null) return problem
        } else if (name !== 'values') stack.push([child, name])
      }
    }
  }
  return null
}

/**
 * The spec with each data file's text put in place of its URL (`values` with its format), so the
 * drawing needs no loader at all. `files` maps deck-relative paths to their text.
 */
export function inlineChartData(spec: ChartSpec, files: ReadonlyMap<string, string>): ChartSpec {
  // A spec read from YAML is plain data: a JSON round trip copies it.
  const copy = JSON.parse(JSON.stringify(spec)) as ChartSpec
  const stack: unknown[] = [copy]
  while (stack.length > 0) {
    const node = stack.pop()
    if (Array.isArray(node)) stack.push(...node)
    if (typeof node !== 'object' || node === null || Array.isArray(node)) continue
    const record = node as Record<string, unknown>
    for (const [name, child] of Object.entries(record)) {
      if (name === 'values') continue
      const data = child as Record<string, unknown> | null
      if (name === 'data' && typeof data === 'object' && data !== null && typeof data.url === 'string') {
        const verdict = classifyUrl(data.url, 'resource')
        const ending = /\.([a-z]+)$/i.exec(data.url)?.[1]?.toLowerCase() ?? ''
        const { url: _url, ...rest } = data
        record.data = { ...rest, values: (verdict.kind === 'local' ? files.get(verdict.path) : undefined) ?? '', format: { type: DATA_FORMATS[ending] ?? 'json', ...(data.format as object | undefined) } }
      } else stack.push(child)
    }
  }
  return copy
}

/** The theme's look for charts: its font and its colour cycle (text and axes take the slide's text colour). */
export interface ChartLook {
  font: string
  colors: string[]
}

/**
 * Vega-Lite's config for a chart on a slide: the theme's font and colours, type that reads from the
 * back of the room, no background (a dark slide shows through), and text in `currentColor`, so a
 * chart on a dark slide has light labels as the slide's text does. A spec's own `config` wins.
 */
export function chartConfig(look: ChartLook): Record<string, unknown> {
  const ink = 'currentColor'
  return {
    background: null,
    font: look.font,
    padding: 8,
    view: { stroke: null, continuousWidth: 900, continuousHeight: 340, discreteWidth: 900, discreteHeight: 340 },
    axis: {
      labelFontSize: 20, titleFontSize: 20, titleFontWeight: 'normal', labelColor: ink, titleColor: ink, domainColor: ink, tickColor: ink,
      gridColor: '#8a8f99', gridOpacity: 0.35, labelLimit: 360, titlePadding: 12,
    },
    // Category labels across the slide, not turned on their side: they are read from the back of the room.
    axisX: { labelAngle: 0 },
    legend: { labelFontSize: 20, titleFontSize: 20, titleFontWeight: 'normal', labelColor: ink, titleColor: ink, symbolSize: 220, labelLimit: 360 },
    header: { labelFontSize: 20, titleFontSize: 22, labelColor: ink, titleColor: ink },
    title: { fontSize: 26, color: ink, subtitleColor: ink, subtitleFontSize: 20, anchor: 'start', offset: 14 },
    text: { fontSize: 20, fill: ink },
    mark: { color: look.colors[0] },
    range: { category: look.colors },
    bar: { cornerRadiusEnd: 2 },
    line: { strokeWidth: 4 },
    point: { size: 120, filled: true },
  }
}
