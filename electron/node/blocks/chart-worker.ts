// The chart process as a file (bundled to dist/chart-worker.mjs, started by chart-host.ts where the
// startup snapshot cannot be: another Node, or the desktop app's Electron): draws one chart at a time,
// in a Node process of its own, so a chart that takes too long or too much memory is stopped without
// touching the command or the server that asked for it.
import { answerCharts } from './answer-charts'

answerCharts()
