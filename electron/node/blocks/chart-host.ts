import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { BriefdeckError } from '../../../renderer/core/errors'
import { paths } from '../files/app-paths'
import chartProcess from './chart-process.json'
import type { ChartJob, DrawnChart } from './draw-chart'

/** A chart may take this long to draw; a spec that generates millions of rows is stopped, not waited for. */
export const CHART_TIMEOUT_MS = 10_000
/** The chart process's heap: a spec that would fill memory stops that process, never the command or the server. */
export const CHART_HEAP_MB = chartProcess.heapMb
/**
 * The chart process's Node flags, the same ones its startup snapshot was built with (electron/build.mjs
 * reads chart-process.json too): V8 loads a snapshot only into a process configured as the one that
 * made it. `--max-opt=2` leaves out V8's top tier: a chart process draws a deck's few charts and
 * ends, and TurboFan's compiles (on the other core, which the browser wants) cost more than they
 * save there (measured: 20 charts 0.2 s of CPU less; a long run of charts is a third slower a chart).
 */
export const CHART_PROCESS_FLAGS: readonly string[] = [`--max-old-space-size=${CHART_HEAP_MB}`, ...chartProcess.v8Flags]

let child: ChildProcess | undefined
let nextId = 0
/** Charts are drawn one at a time, so each one's time limit is its own: the last one asked for, while any is. */
let queue: Promise<unknown> | undefined
let waiting = 0

/**
 * Draws a chart in the chart process (started on first use and kept): a chart that runs past
 * CHART_TIMEOUT_MS or out of its heap ends the process and comes back as a failure; the next chart
 * gets a new one. A process, not a worker thread: V8 aborts the whole process on some allocations
 * that pass a worker's heap limit (one huge array; nodejs/node#47224), which would take a server
 * down with it. The process never keeps the command running.
 */
export function drawChartIsolated(job: ChartJob, deadline = Number.POSITIVE_INFINITY): Promise<DrawnChart> {
  // With none in hand the chart is sent at once, not a turn later: the process starts on it while
  // the host reads the deck's other specs. A chart whose turn comes after `deadline` is not drawn.
  const drawn = queue ? queue.then(() => (performance.now() > deadline ? overBudget() : drawInProcess(job))) : drawNow(job)
  waiting++
  queue = drawn.catch(() => {}).finally(() => {
    if (--waiting === 0) queue = undefined
  })
  return drawn
}

/** The answer for a chart whose turn came after its deck's charts had used their time (see DECK_CHART_BUDGET_MS). */
export const OVER_BUDGET = 'not drawn: the deck\'s charts before it used the time a deck\'s charts get together; draw them with less data'

function overBudget(): Promise<DrawnChart> {
  return Promise.resolve({ ok: false, message: OVER_BUDGET })
}

function drawNow(job: ChartJob): Promise<DrawnChart> {
  try {
    return drawInProcess(job)
  } catch (error) {
    return Promise.reject(error)
  }
}

/**
 * Starts the chart process ahead of the first chart (a deck whose text has a chart fence, before it
 * compiles): Node and vega load while the deck compiles. Where it cannot start, the first chart says why.
 */
export function startChartHost(): void {
  try {
    child ??= startProcess()
  } catch {
    // drawInProcess reports it.
  }
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

/** util-linux's setpriv, which runs a program with a signal the kernel sends it when its parent dies. */
const SETPRIV = '/usr/bin/setpriv'

/** What electron/build.mjs writes beside the snapshot: the Node that made it and the flags it ran with. */
export interface SnapshotMaker {
  node: string
  arch: string
  execPath: string
  flags: string[]
}

/**
 * The startup snapshot to start the chart process from, if this Node can load it: made by this very
 * Node binary with these flags. Anything else (another Node since the build, the desktop app's
 * Electron, a build without one) starts the process from its file, as fast as before the snapshot.
 */
export function usableSnapshot(dist = paths.dist, self: SnapshotMaker = currentNode()): string | undefined {
  const blob = join(dist, 'chart-worker.blob')
  let maker: SnapshotMaker
  try {
    maker = JSON.parse(readFileSync(`${blob}.json`, 'utf8')) as SnapshotMaker
  } catch {
    return undefined
  }
  const same = maker.node === self.node && maker.arch === self.arch && maker.execPath === self.execPath && JSON.stringify(maker.flags) === JSON.stringify(self.flags)
  return same && existsSync(blob) ? blob : undefined
}

function currentNode(): SnapshotMaker {
  // Electron runs scripts as Node, but its V8 is not the one a snapshot made by `node` is for.
  const node = process.versions.electron === undefined ? process.version : `electron ${process.versions.electron}`
  return { node, arch: process.arch, execPath: process.execPath, flags: [...CHART_PROCESS_FLAGS] }
}

function startProcess(): ChildProcess {
  const options: SpawnOptions = {
    // In the desktop app, process.execPath is Electron, which runs a script as Node only when asked.
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    // V8's out-of-memory report is not for the author: the warning says what happened.
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    serialization: 'advanced',
  }
  const snapshot = usableSnapshot()
  const file = join(paths.dist, 'chart-worker.mjs')
  if (!snapshot && !existsSync(file)) throw new BriefdeckError('E_INTERNAL', `${file} is missing: run \`npm run build\``)
  const node = [process.execPath, ...CHART_PROCESS_FLAGS, ...(snapshot ? ['--snapshot-blob', snapshot] : [file])]
  // Where Linux's setpriv is, the kernel kills the chart process when its host dies, even mid-chart:
  // its channel's closing is heard only between charts, and a killed host enforces no time limit.
  const [command, ...args] = process.platform === 'linux' && existsSync(SETPRIV) ? [SETPRIV, '--pdeathsig', 'KILL', '--', ...node] : node
  const started = spawn(command, args, options)
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
    // Its channel closing is its cue to exit (see answer-charts.ts).
    if (open.connected) open.disconnect()
    else open.kill('SIGKILL')
  })
}
