import { contentSecurityPolicy } from '../html/csp'
import { escapeHtml } from '../html/escape-html'
import { formatDuration } from './pacing'
import type { RehearsalRow } from './rehearsal'

/** One bar chart row's height and the chart's width, in SVG units. */
const ROW = 22
const WIDTH = 720
const LABEL = 210

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

/** A bar per slide: the plan as an outline, the last rehearsal as a filled bar. */
function chart(rows: readonly RehearsalRow[]): string {
  const longest = Math.max(1, ...rows.flatMap((row) => [row.planned ?? 0, row.last ?? 0]))
  const scale = (seconds: number): number => ((WIDTH - LABEL - 60) * seconds) / longest
  const bars = rows.map((row, i) => {
    const y = i * ROW
    const label = `${row.index + 1}. ${row.title}`.slice(0, 34)
    return `<text x="0" y="${y + 15}" class="bd-chart-label">${escapeHtml(label)}</text>` +
      (row.last === null ? '' : `<rect x="${LABEL}" y="${y + 4}" width="${scale(row.last).toFixed(1)}" height="${ROW - 8}" class="bd-chart-last"/>`) +
      (row.planned === null ? '' : `<rect x="${LABEL}" y="${y + 2}" width="${scale(row.planned).toFixed(1)}" height="${ROW - 4}" class="bd-chart-plan"/>`)
  }).join('')
  return `<svg class="bd-report-chart" viewBox="0 0 ${WIDTH} ${rows.length * ROW + 4}" role="img" aria-label="Seconds per slide: planned (outline) and last rehearsal (bar)">${bars}</svg>`
}

/** The report as a print document, ready at once (no script), with the report's CSS. */
export function rehearsalReportDocument(title: string, rows: readonly RehearsalRow[], runs: number, css: string): string {
  return ['<!doctype html>', '<html lang="en" data-bd-ready>', '<head>', '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy({ scripts: [] }))}">`,
    `<title>${escapeHtml(`Rehearsals: ${title}`)}</title>`, `<style>${css}</style>`, '</head>',
    `<body class="bd-report">${rehearsalReportHtml(title, rows, runs)}</body>`, '</html>', ''].join('\n')
}
