import type { ChartLook } from '../../../renderer/core/chart/chart-spec'
import type { DiagramLook } from '../../../renderer/core/blocks/diagram'
import { DEFAULT_THEME, loadThemeCss } from '../decks/themes'

/** Colours for a theme that names none (`--bd-chart-colors`): Tableau 10's, which stay apart for most colour vision. */
const FALLBACK_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac']

/** The looks of a theme's charts and diagrams: its text font, its chart colours, its ink and paper. */
export interface BlockLook {
  chart: ChartLook
  diagram: DiagramLook
}

const looks = new Map<string, BlockLook>()

/**
 * How charts and diagrams look in a theme, read from the theme's own custom properties: the font of
 * `--r-main-font`, colours from `--bd-chart-colors` (the briefing theme's), else its heading, link
 * and accent colours before a palette that keeps categories apart. An unknown theme looks like the default.
 */
export function blockLook(theme: string | undefined): BlockLook {
  const name = theme ?? DEFAULT_THEME
  let look = looks.get(name)
  if (look === undefined) {
    look = toBlockLook(loadThemeCss(name) ?? loadThemeCss(DEFAULT_THEME) ?? '')
    looks.set(name, look)
  }
  return look
}

function toBlockLook(css: string): BlockLook {
  const property = (name: string): string | undefined => new RegExp(`--${name}\\s*:\\s*([^;}]+)`).exec(css)?.[1].trim()
  const font = property('r-main-font') ?? 'sans-serif'
  const own = (property('bd-chart-colors') ?? '').split(/[\s,]+/).filter((c) => /^#[0-9a-f]{3,8}$/i.test(c))
  const colors = own.length > 0 ? own : [...new Set([property('r-heading-color'), property('bd-accent'), property('r-link-color'), ...FALLBACK_COLORS]
    .filter((c): c is string => c !== undefined && /^#[0-9a-f]{3,8}$/i.test(c)))]
  const ink = property('r-main-color') ?? '#222222'
  const paper = property('r-background-color') ?? '#ffffff'
  const heading = property('r-heading-color') ?? ink
  return {
    chart: { font, colors },
    diagram: {
      font,
      themeVariables: {
        background: paper, primaryColor: paper, primaryTextColor: ink, primaryBorderColor: heading,
        // A border of its own turns off Mermaid's gradient borders, which fade into the paper on one side.
        nodeBorder: heading, lineColor: ink, textColor: ink,
        secondaryColor: paper, tertiaryColor: paper, fontSize: '28px', noteBkgColor: paper, noteTextColor: ink,
        // Sequence diagrams: actors boxed in the heading colour, as flowchart nodes are.
        actorBkg: paper, actorBorder: heading, actorTextColor: ink, actorLineColor: heading, signalColor: ink, signalTextColor: ink,
        labelBoxBkgColor: paper, labelBoxBorderColor: heading, labelTextColor: ink, noteBorderColor: heading,
        // Pie slices in the chart colours (Mermaid derives them from primaryColor, the paper here: every slice would be blank).
        ...Object.fromEntries(colors.slice(0, 12).map((color, i) => [`pie${i + 1}`, color])),
        pieStrokeColor: paper, pieOuterStrokeColor: ink, pieSectionTextColor: paper, pieTitleTextSize: '28px', pieSectionTextSize: '24px', pieLegendTextSize: '24px',
      },
    },
  }
}
