import { type ChildProcess, fork } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { BriefdeckError } from '../../../renderer/core/errors'
import { paths } from '../files/app-paths'
import type { ChartJob, DrawnChart } from './draw-chart'

/** A chart may take this long to draw; a spec that generates millions of rows is stopped, not waited for. */
export const CHART_TIMEOUT_MS = 10_000
/** The chart process's heap: a spec that would fill memory stops that process, never the command or the server. */
export const CHART_HEAP_MB = 384

let child: ChildProcess | undefined
let nextId = 0
/** Charts are drawn one at a time, so each one's time limit is its own. */
let queue: Promise<unknown> = Promise.resolve()

/**
 * Draws a chart in the chart process (started on first use and kept): a chart that runs past
 * CHART_TIMEOUT_MS or out of its heap ends the process and comes back as a failure; the next chart
 * gets a new one. A process, not a worker thread: V8 aborts the whole process on some allocations
 * that pass a worker's heap limit (one huge array; nodejs/node#47224), which would take a server
 * down with it. The process never keeps the command running.
 */
export function drawChartIsolated(job: ChartJob): Promise<DrawnChart> {
  const drawn = queue.then(() => drawInProcess(job))
  queue = drawn.catch(() => {})
  return drawn
}

function drawInProcess(job: ChartJob): Promise<DrawnChart> {
  const worker = (child ??= startProcess())
  const id = nextId++
  return new Promise<DrawnChart>((resolve) => {
    const finish = (result: DrawnChart, stop: boolean): void => {
      clearTimeout(timer)
      worker.off('message', answered)
      worker.off('error', failed)
      worker.off('exit', exited)
      if (stop) stopProcess(worker)
      resolve(result)
    }
    const timer = setTimeout(() => finish({ ok: false, message: `drawing took longer than ${CHART_TIMEOUT_MS / 1000} s and was stopped; use less data or fewer transforms` }, true), CHART_TIMEOUT_MS)
    const answered = (message: { id: number; result: DrawnChart }): void => {
      if (message.id === id) finish(message.result, false)
    }
    const failed = (error: Error): void => finish({ ok: false, message: `the chart process failed: ${error.message.split('\n')[0]}` }, true)
    // V8 aborts a process whose heap is full (SIGABRT, or exit code 134 where signals are not reported).
    const exited = (code: number | null, signal: NodeJS.Signals | null): void => finish({
      ok: false,
      message: signal === 'SIGABRT' || code === 134 ? `drawing needed more than ${CHART_HEAP_MB} MiB and was stopped; use less data` : `the chart process stopped (${signal ?? `exit code ${code}`})`,
    }, true)
    worker.on('message', answered)
    worker.on('error', failed)
    worker.on('exit', exited)
    worker.send({ id, job })
  })
}

function startProcess(): ChildProcess {
  const file = join(paths.dist, 'chart-worker.mjs')
  if (!existsSync(file)) throw new BriefdeckError('E_INTERNAL', `${file} is missing: run \`npm run build\``)
  const started = fork(file, [], {
    execArgv: [`--max-old-space-size=${CHART_HEAP_MB}`],
    // In the desktop app, process.execPath is Electron, which runs a script as Node only when asked.
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    // V8's out-of-memory report is not for the author: the warning says what happened.
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    serialization: 'advanced',
  })
  // Neither the process nor its channel keeps the command running; it exits when its host does.
  started.unref()
  started.channel?.unref()
  started.once('exit', () => {
    if (child === started) child = undefined
  })
  return started
}

function stopProcess(worker: ChildProcess): void {
  if (child === worker) child = undefined
  worker.kill('SIGKILL')
}

/**
 * Ends the chart process, if one is running, and waits for it to be gone: the CLI calls it when a
 * command is done, so no process outlives the command that started it.
 */
export async function closeChartHost(): Promise<void> {
  const open = child
  child = undefined
  if (!open || open.exitCode !== null || open.signalCode !== null) return
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => open.kill('SIGKILL'), 2000)
    open.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    // Its channel closing is its cue to exit (see chart-worker.ts).
    if (open.connected) open.disconnect()
    else open.kill('SIGKILL')
  })
}
