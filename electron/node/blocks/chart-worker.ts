// The chart process (bundled to dist/chart-worker.mjs, started by chart-host.ts): draws one chart at
// a time, in a Node process of its own, so a chart that takes too long or too much memory is stopped
// without touching the command or the server that asked for it.
import { type ChartJob, drawChart } from './draw-chart'

process.on('message', (message: { id: number; job: ChartJob }) => {
  void drawChart(message.job).then((result) => process.send?.({ id: message.id, result }))
})
// The host went away (a command that ended, a server that stopped): nothing is left to draw for.
process.on('disconnect', () => process.exit(0))
