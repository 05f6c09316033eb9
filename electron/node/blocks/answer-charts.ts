import { type ChartJob, drawChart } from './draw-chart'

/**
 * The chart process's loop: draws each chart its host asks for and answers with its id, and exits when
 * the host goes away (a command that ended, a server that stopped): nothing is left to draw for.
 * Started from a file (chart-worker.ts) or from the startup snapshot (chart-snapshot.ts).
 */
export function answerCharts(): void {
  process.on('message', (message: { id: number; job: ChartJob }) => {
    void drawChart(message.job).then((result) => process.send?.({ id: message.id, result }))
  })
  process.on('disconnect', () => process.exit(0))
}
