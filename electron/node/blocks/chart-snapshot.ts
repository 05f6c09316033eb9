// The chart process as a startup snapshot (bundled to dist/chart-snapshot.cjs; `npm run build` runs
// it with `node --build-snapshot` to write dist/chart-worker.blob): vega loaded and the common kinds
// of chart drawn a few times, so a process started from it has the code they run compiled already.
// A build with charts pays for starting the process and for its first charts, which without this are
// most of its cost (see chart-host.ts). Nothing of a user's deck is in it: the charts are these.
import { startupSnapshot } from 'node:v8'
import type { ChartSpec } from '../../../renderer/core/chart/chart-spec'
import { answerCharts } from './answer-charts'
import { drawChart } from './draw-chart'

const years = Array.from({ length: 8 }, (_, k) => ({ year: `FY${2016 + k}`, value: ((k * 7) % 23) + 1, strand: ['trade', 'rail', 'defence'][k % 3], date: `20${16 + k}-04-01` }))
const x = { field: 'year', type: 'ordinal' }
const y = { field: 'value', type: 'quantitative' }

/** One chart of each kind a briefing draws most: bars, lines, points with a legend, areas, a pie, labels, totals, a CSV. */
const WARM_UP: Array<{ spec: ChartSpec; files?: Array<[string, string]> }> = [
  { spec: { title: 'Bars', data: { values: years }, mark: 'bar', encoding: { x, y } } },
  { spec: { data: { values: years }, mark: { type: 'line', point: true }, encoding: { x: { field: 'date', type: 'temporal' }, y } } },
  { spec: { data: { values: years }, mark: 'point', encoding: { x: y, y: { field: 'strand', type: 'nominal' }, color: { field: 'strand', type: 'nominal' } } } },
  { spec: { data: { values: years }, mark: 'area', encoding: { x: { field: 'date', type: 'temporal' }, y: { ...y, stack: true }, color: { field: 'strand' } } } },
  { spec: { data: { values: years }, mark: 'arc', encoding: { theta: { ...y, aggregate: 'sum' }, color: { field: 'strand' } } } },
  { spec: { data: { values: years }, encoding: { x, y }, layer: [{ mark: 'bar' }, { mark: { type: 'text', dy: -10 }, encoding: { text: { field: 'value' } } }] } },
  { spec: { data: { values: years }, mark: 'bar', encoding: { y: { field: 'strand', sort: '-x' }, x: { ...y, aggregate: 'sum', title: 'Total' } } } },
  { spec: { data: { url: 'trade.csv' }, mark: 'bar', encoding: { x, y } }, files: [['trade.csv', `year,value\n${years.map((r) => `${r.year},${r.value}`).join('\n')}\n`]] },
]
const LOOK = { font: 'Noto Sans', colors: ['#1f3a5f', '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f'] }
const ROUNDS = 4

async function warmUp(): Promise<void> {
  for (let round = 0; round < ROUNDS; round++) {
    for (const { spec, files } of WARM_UP) {
      const drawn = await drawChart({ spec: { ...spec, title: `${String(spec.title ?? 'Chart')} ${round}` }, files: files ?? [], look: LOOK })
      // A warm-up chart that fails is a build that would ship a broken chart process: stop the build.
      if (!drawn.ok) throw new Error(`warming the chart snapshot: ${drawn.message}`)
    }
  }
}

void warmUp().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`)
  process.exit(1)
})
startupSnapshot.setDeserializeMainFunction(answerCharts)
