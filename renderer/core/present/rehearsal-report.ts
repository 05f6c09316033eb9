import { contentSecurityPolicy } from '../html/csp'
import { escapeHtml } from '../html/escape-html'
import { formatDuration } from './pacing'
import type { RehearsalRow } from './rehearsal'

/** One bar chart row's height (its label on a line of its own, the bars below), and the chart's width, in SVG units. */
const ROW = 36
const WIDTH = 720
/** Where a row's bars begin under its label, and their height. */
const BAR_TOP = 17
const BAR = 15
/** The legend's height, above the rows. */
const LEGEND = 26
/** A label longer than this is cut: at 12 px it would run past the chart. */
const LABEL_CHARACTERS = 100

/**
 * The rehearsal report's body: per slide, the time planned against the last rehearsal and the
 * average, as a bar chart and a table; rows over plan are marked. The app shows it, and the export
 * prints it (rehearsalReportDocument). All text is escaped.
 */
export function rehearsalReportHtml(title: string, rows: readonly RehearsalRow[], runs: number): string {
  const total = (pick: (row: RehearsalRow) => number | null): string => {
    const values = rows.map(pick).filter((v): v is number => v !== null)
    return values.length > 0 ? formatDuration(values.reduce((a, b) => a + b, 0)) : '—'
  }
  const cell = (seconds: number | null): string => (seconds === null ? '—' : formatDuration(seconds))
  const over = (row: RehearsalRow): boolean => row.planned !== null && row.last !== null && row.last > row.planned * 1.1 + 5
  const body = rows.map((row) => `<tr class="${over(row) ? 'bd-over' : ''}"><td>${row.index + 1}</td><td>${escapeHtml(row.title)}</td>` +
    `<td>${cell(row.planned)}</td><td>${cell(row.last)}</td><td>${cell(row.average)}</td>` +
    `<td>${row.planned !== null && row.notesSeconds > row.planned ? `${formatDuration(row.notesSeconds)} ⚠` : formatDuration(row.notesSeconds)}</td></tr>`).join('')
  return `<h1>Rehearsals: ${escapeHtml(title)}</h1>` +
    `<p class="bd-report-summary">${runs === 0 ? 'No rehearsal yet: press Rehearse in the presenter view.' : `${runs} rehearsal${runs === 1 ? '' : 's'} kept. Planned ${total((r) => r.planned)}, last ${total((r) => r.last)}.`}</p>` +
    chart(rows) +
    '<table class="bd-report-table"><thead><tr><th>#</th><th>Slide</th><th>Planned</th><th>Last</th><th>Average</th><th>Notes take</th></tr></thead>' +
    `<tbody>${body}</tbody></table>`
}

/**
 * A bar per slide: the plan as an outline, the last rehearsal as a filled bar, under a legend that
 * says so. Each label has its line above its bars, so a long title never runs into them.
 */
function chart(rows: readonly RehearsalRow[]): string {
  const longest = Math.max(1, ...rows.flatMap((row) => [row.planned ?? 0, row.last ?? 0]))
  const scale = (seconds: number): number => ((WIDTH - 2) * seconds) / longest
  const legend = `<g class="bd-chart-legend"><rect x="1" y="4" width="22" height="12" class="bd-chart-plan"/><text x="30" y="15" class="bd-chart-label">Planned</text>` +
    `<rect x="110" y="4" width="22" height="12" class="bd-chart-last"/><text x="139" y="15" class="bd-chart-label">Last rehearsal</text></g>`
  const bars = rows.map((row, i) => {
    const y = LEGEND + i * ROW
    const title = `${row.index + 1}. ${row.title}`
    const label = title.length > LABEL_CHARACTERS ? `${title.slice(0, LABEL_CHARACTERS - 1)}…` : title
    return `<text x="0" y="${y + 12}" class="bd-chart-label">${escapeHtml(label)}</text>` +
      (row.last === null ? '' : `<rect x="1" y="${y + BAR_TOP + 2}" width="${scale(row.last).toFixed(1)}" height="${BAR - 4}" class="bd-chart-last"/>`) +
      (row.planned === null ? '' : `<rect x="1" y="${y + BAR_TOP}" width="${scale(row.planned).toFixed(1)}" height="${BAR}" class="bd-chart-plan"/>`)
  }).join('')
  return `<svg class="bd-report-chart" viewBox="0 0 ${WIDTH} ${LEGEND + rows.length * ROW}" role="img" aria-label="Seconds per slide: planned (outline) and last rehearsal (bar)">${legend}${bars}</svg>`
}

/** The report as a print document, ready at once (no script), with the report's CSS. */
export function rehearsalReportDocument(title: string, rows: readonly RehearsalRow[], runs: number, css: string): string {
  return ['<!doctype html>', '<html lang="en" data-bd-ready>', '<head>', '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy({ scripts: [] }))}">`,
    `<title>${escapeHtml(`Rehearsals: ${title}`)}</title>`, `<style>${css}</style>`, '</head>',
    `<body class="bd-report">${rehearsalReportHtml(title, rows, runs)}</body>`, '</html>', ''].join('\n')
}
