import { describe, expect, it } from 'vitest'
import { type ChartJob, drawChart } from '../../../../../electron/node/blocks/draw-chart'
import { MAX_DATA_ROWS } from '../../../../../renderer/core/chart/chart-spec'

const look = { font: 'Noto Sans', colors: ['#1f4e79', '#c0504d'] }
const values = [{ year: 'FY22', value: 4 }, { year: 'FY23', value: 7 }]

describe('drawChart', () => {
  it('draws a Vega-Lite spec to SVG in the theme\'s font and colours, with a text alternative listing its data', async () => {
    const drawn = await drawChart({
      spec: { title: 'Exports', data: { values }, mark: 'bar', encoding: { x: { field: 'year', type: 'ordinal' }, y: { field: 'value', type: 'quantitative' } } },
      files: [], look,
    })
    if (!drawn.ok) throw new Error(drawn.message)
    expect(drawn.svg).toMatch(/^<svg/)
    expect(drawn.svg).toContain('>FY23<')
    expect(drawn.svg).toContain('font-family="Noto Sans"')
    expect(drawn.svg).toContain('#1f4e79')
    expect(drawn.alt).toBe('Exports. Bar chart of value by year, 2 data points: FY22 4; FY23 7.')
  })

  it('draws a chart the same whatever was drawn before it: clip paths are numbered per chart', async () => {
    const job: ChartJob = { spec: { data: { values }, mark: 'bar', encoding: { x: { field: 'year', type: 'ordinal' }, y: { field: 'value', type: 'quantitative' } } }, files: [], look }
    const first = await drawChart(job)
    await drawChart({ ...job, spec: { ...job.spec, title: 'Another' } })
    const again = await drawChart(job)
    if (!first.ok) throw new Error(first.message)
    expect(first.svg).toContain('clip-path="url(#clip1)"')
    expect(again).toEqual(first)
  })

  it('draws CSV text handed to it as the file\'s data', async () => {
    const drawn = await drawChart({
      spec: { data: { url: 'trade.csv' }, mark: 'bar', encoding: { x: { field: 'flow', type: 'nominal' }, y: { field: 'usd', type: 'quantitative' } } },
      files: [['trade.csv', 'flow,usd\nJapan → India,17.69\nIndia → Japan,5.15\n']], look,
    })
    if (!drawn.ok) throw new Error(drawn.message)
    expect(drawn.svg).toContain('>Japan → India<')
  })

  it('refuses expressions that reach for functions or globals: vega parses them, nothing is called', async () => {
    const attempts = [
      "constructor.constructor('return process')()",
      "datum.constructor.constructor('return process.exit(3)')()",
      "'x'['constructor']['constructor']('return process')()",
      'process.exit(4)', 'this.process', 'window', '(function () { return 1 })()',
    ]
    for (const expression of attempts) {
      const drawn = await drawChart({ spec: { data: { values }, transform: [{ calculate: expression, as: 'x' }], mark: 'text', encoding: { text: { field: 'x' } } }, files: [], look })
      expect(drawn, expression).toMatchObject({ ok: false })
    }
    const param = await drawChart({ spec: { data: { values }, params: [{ name: 'p', expr: "toString.constructor('return process')()" }], mark: 'point' }, files: [], look })
    expect(param).toMatchObject({ ok: false })
  })

  it('loads nothing, even when a URL reaches it unread', async () => {
    const drawn = await drawChart({ spec: { data: { url: 'http://127.0.0.1:9/x.csv' }, mark: 'point' }, files: [], look })
    // The URL's data is empty (it was never read): an empty chart, never a request.
    if (drawn.ok) expect(drawn.alt).toContain('0 data points')
    const lookup = await drawChart({
      spec: { data: { values }, transform: [{ lookup: 'year', from: { data: { url: 'file:///etc/passwd', format: { type: 'csv' } }, key: 'root', fields: ['x'] } }], mark: 'point' },
      files: [], look,
    })
    if (lookup.ok) expect(lookup.svg).not.toContain('root:')
  })

  it(`refuses more than ${MAX_DATA_ROWS} rows with a message saying what to do`, async () => {
    const drawn = await drawChart({ spec: { data: { sequence: { start: 0, stop: MAX_DATA_ROWS + 1, as: 'v' } }, mark: 'point', encoding: { x: { field: 'v', type: 'quantitative' } } }, files: [], look })
    expect(drawn).toEqual({ ok: false, message: expect.stringContaining('aggregate it first') })
  })

  it('turns a spec Vega-Lite rejects into a one-line message', async () => {
    const drawn = await drawChart({ spec: { data: { values }, mark: 'no-such-mark' }, files: [], look })
    expect(drawn).toMatchObject({ ok: false, message: expect.stringMatching(/^[^\n]+$/) })
  })
})
