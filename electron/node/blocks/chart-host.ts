import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { BriefdeckError } from '../../../renderer/core/errors'
import { paths } from '../files/app-paths'
import type { ChartJob, DrawnChart } from './draw-chart'

/** A chart may take this long to draw; a spec that generates millions of rows is stopped, not waited for. */
export const CHART_TIMEOUT_MS = 10_000
/** The chart worker's heap: a spec that would fill memory stops the worker, never the command or the server. */
export const CHART_HEAP_MB = 384

let worker: Worker | undefined
let nextId = 0
/** Charts are drawn one at a time, so each one's time limit is its own. */
let queue: Promise<unknown> = Promise.resolve()

/**
 * Draws a chart in the chart worker (a thread started on first use and kept): a chart that runs past
 * CHART_TIMEOUT_MS or out of its heap ends the worker and comes back as a failure; the next chart
 * gets a new worker. The worker never keeps the process alive.
 */
export function drawChartIsolated(job: ChartJob): Promise<DrawnChart> {
  const drawn = queue.then(() => drawInWorker(job))
  queue = drawn.catch(() => {})
  return drawn
}

function drawInWorker(job: ChartJob): Promise<DrawnChart> {
  const thread = (worker ??= startWorker())
  const id = nextId++
  return new Promise<DrawnChart>((resolve) => {
    const finish = (result: DrawnChart, stop: boolean): void => {
      clearTimeout(timer)
      thread.off('message', answered)
      thread.off('error', failed)
      thread.off('exit', failed)
      if (stop) stopWorker(thread)
      resolve(result)
    }
    const timer = setTimeout(() => finish({ ok: false, message: `drawing took longer than ${CHART_TIMEOUT_MS / 1000} s and was stopped; use less data or fewer transforms` }, true), CHART_TIMEOUT_MS)
    const answered = (message: { id: number; result: DrawnChart }): void => {
      if (message.id === id) finish(message.result, false)
    }
    const failed = (error?: unknown): void => {
      const memory = (error as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY'
      finish({ ok: false, message: memory ? `drawing needed more than ${CHART_HEAP_MB} MiB and was stopped; use less data` : `the chart worker stopped: ${String((error as Error | undefined)?.message ?? 'exit')}` }, true)
    }
    thread.on('message', answered)
    thread.on('error', failed)
    thread.on('exit', failed)
    thread.postMessage({ id, job })
  })
}

function startWorker(): Worker {
  const file = join(paths.dist, 'chart-worker.mjs')
  if (!existsSync(file)) throw new BriefdeckError('E_INTERNAL', `${file} is missing: run \`npm run build\``)
  const thread = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: CHART_HEAP_MB, maxYoungGenerationSizeMb: 48 } })
  thread.unref()
  // A worker that died is replaced on the next chart.
  thread.once('exit', () => {
    if (worker === thread) worker = undefined
  })
  return thread
}

function stopWorker(thread: Worker): void {
  if (worker === thread) worker = undefined
  void thread.terminate()
}
