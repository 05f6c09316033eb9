// The chart worker (bundled to dist/chart-worker.mjs): draws one chart at a time, off the main
// thread, so that chart-host.ts can stop a chart that takes too long or too much memory.
import { parentPort } from 'node:worker_threads'
import { type ChartJob, drawChart } from './draw-chart'

parentPort?.on('message', (message: { id: number; job: ChartJob }) => {
  void drawChart(message.job).then((result) => parentPort?.postMessage({ id: message.id, result }))
})
