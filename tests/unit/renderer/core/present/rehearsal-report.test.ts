import { describe, expect, it } from 'vitest'
import type { RehearsalRow } from '../../../../../renderer/core/present/rehearsal'
import { rehearsalReportHtml } from '../../../../../renderer/core/present/rehearsal-report'

const row = (index: number, title: string, last: number | null): RehearsalRow => ({ index, title, planned: 60, last, average: last, notesSeconds: 10 })

describe('rehearsalReportHtml', () => {
  it('shows — as the last time of a slide the last rehearsal skipped', () => {
    const html = rehearsalReportHtml('Talk', [row(0, 'Opening', 65), row(1, 'Backup', null)], 1)
    expect(html).toContain('<td>2</td><td>Backup</td><td>1:00</td><td>—</td><td>—</td>')
    expect(html).toContain('Planned 2:00, last 1:05.')
  })

  it('has a legend for the outline (planned) and the filled bar (last rehearsal)', () => {
    const html = rehearsalReportHtml('Talk', [row(0, 'Opening', 65)], 1)
    expect(html).toMatch(/<g class="bd-chart-legend"><rect [^>]*class="bd-chart-plan"\/><text [^>]*>Planned<\/text><rect [^>]*class="bd-chart-last"\/><text [^>]*>Last rehearsal<\/text><\/g>/)
  })

  it('puts each label on its own line above its bars, and cuts a title too long for the chart', () => {
    const long = 'A very long slide title that goes on and on about the strategic implications of everything '.repeat(2)
    const html = rehearsalReportHtml('Talk', [row(0, long, 65), row(1, 'Short', 30)], 1).replace(/<g class="bd-chart-legend">.*?<\/g>/, '')
    const labels = [...html.matchAll(/<text x="0" y="(\d+)" class="bd-chart-label">([^<]*)<\/text>/g)]
    const bars = [...html.matchAll(/<rect x="1" y="(\d+)"/g)].map((m) => Number(m[1]))
    expect(labels).toHaveLength(2)
    expect(labels[0][2].length).toBeLessThanOrEqual(100)
    expect(labels[0][2].endsWith('…')).toBe(true)
    // A 12 px label's descenders end 3 px under its baseline: its row's bars start below that.
    for (const [i, label] of labels.entries()) expect(Math.min(...bars.slice(i * 2, i * 2 + 2))).toBeGreaterThan(Number(label[1]) + 3)
  })
})
