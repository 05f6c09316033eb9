import { type ChildProcess, type SpawnOptions, fork, spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CHART_PROCESS_FLAGS, type SnapshotMaker, usableSnapshot } from '../../../../../electron/node/blocks/chart-host'
import type { ChartJob, DrawnChart } from '../../../../../electron/node/blocks/draw-chart'
import { paths } from '../../../../../electron/node/files/app-paths'
import { useTempDir } from '../../../../helpers/temp-dir'

const tempDir = useTempDir()
const started: ChildProcess[] = []
afterEach(() => {
  for (const child of started.splice(0)) child.kill('SIGKILL')
})

/** A chart process started as chart-host.ts starts it, from the snapshot or from its file. */
function chartProcess(from: 'snapshot' | 'file'): (job: ChartJob) => Promise<DrawnChart> {
  const options: SpawnOptions = { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], serialization: 'advanced' }
  const child = from === 'snapshot'
    ? spawn(process.execPath, [...CHART_PROCESS_FLAGS, '--snapshot-blob', join(paths.dist, 'chart-worker.blob')], options)
    : fork(join(paths.dist, 'chart-worker.mjs'), [], { ...options, execArgv: [...CHART_PROCESS_FLAGS] })
  started.push(child)
  let next = 0
  return (job) => new Promise((resolve, reject) => {
    const id = next++
    child.on('message', (message: { id: number; result: DrawnChart }) => {
      if (message.id === id) resolve(message.result)
    })
    child.once('exit', (code) => reject(new Error(`the ${from} chart process exited (${code})`)))
    child.send({ id, job })
  })
}

const look = { font: 'Noto Sans', colors: ['#1f4e79', '#c0504d', '#9bbb59'] }
const rows = [{ year: 'FY22', value: 4, flow: 'exports' }, { year: 'FY23', value: 7, flow: 'imports' }, { year: 'FY24', value: 5, flow: 'exports' }]
/** Kinds the snapshot warmed up with, and kinds it did not (a heatmap, ticks, a facet). */
const JOBS: ChartJob[] = [
  { spec: { title: 'Exports', data: { values: rows }, mark: 'bar', encoding: { x: { field: 'year', type: 'ordinal' }, y: { field: 'value', type: 'quantitative' } } }, files: [], look },
  { spec: { data: { url: 't.csv' }, mark: 'point', encoding: { x: { field: 'usd', type: 'quantitative' }, y: { field: 'flow' }, color: { field: 'flow' } } }, files: [['t.csv', 'flow,usd\nJapan → India,17.69\nIndia → Japan,5.15\n']], look },
  { spec: { data: { values: rows }, mark: 'rect', encoding: { x: { field: 'year' }, y: { field: 'flow' }, color: { field: 'value', type: 'quantitative' } } }, files: [], look },
  { spec: { data: { values: rows }, mark: 'tick', encoding: { x: { field: 'value', type: 'quantitative' } } }, files: [], look },
  { spec: { data: { values: rows }, facet: { column: { field: 'flow' } }, spec: { mark: 'bar', encoding: { x: { field: 'year' }, y: { field: 'value', type: 'quantitative' } } } }, files: [], look },
]

describe('the chart process', () => {
  it('starts from the startup snapshot `npm run build` made for this Node, with the flags the host runs it with', () => {
    expect(usableSnapshot()).toBe(join(paths.dist, 'chart-worker.blob'))
  })

  it('draws from the snapshot exactly what it draws started from its file, warmed-up kinds or not', async () => {
    const fromSnapshot = chartProcess('snapshot')
    const fromFile = chartProcess('file')
    for (const job of JOBS) {
      const [a, b] = await Promise.all([fromSnapshot(job), fromFile(job)])
      expect(a.ok, JSON.stringify(a)).toBe(true)
      expect(a).toEqual(b)
    }
  }, 30_000)
})

describe('a chart whose regular expression backtracks', () => {
  it.each(['snapshot', 'file'] as const)('is drawn from its %s, not stopped at the time limit: V8 falls back to its linear engine', async (from) => {
    // (a+)+$ on forty a's and a '!' backtracks for minutes: one such chart held a server's charts for 10 s each.
    const drawn = await chartProcess(from)({
      spec: { data: { values: [{ a: `${'a'.repeat(40)}!` }, { a: 'aaa' }] }, transform: [{ filter: 'test(/^(a+)+$/, datum.a)' }], mark: 'point', encoding: { x: { field: 'a' } } },
      files: [], look,
    })
    if (!drawn.ok) throw new Error(drawn.message)
    expect(drawn.svg).toContain('<path')
  }, 30_000)
})

describe('a chart process whose host is killed mid-chart', () => {
  it.runIf(process.platform === 'linux' && existsSync('/usr/bin/setpriv'))('is ended by the kernel, not left drawing with nobody waiting', async () => {
    // A host (chart-host.ts, as a command or server loads it) drawing a chart that takes about 9 s.
    const host = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `
      const { drawChartIsolated } = await import(${JSON.stringify(join(paths.dist, '../electron/node/blocks/chart-host.ts'))})
      void drawChartIsolated({ spec: { data: { values: [{ a: 1 }] }, transform: [{ calculate: 'sequence(0, 1500000)', as: 'n' }, { flatten: ['n'] },
        { calculate: 'pow(datum.n, 2) + sqrt(datum.n)', as: 'm' }, { filter: 'datum.m < 0' }], mark: 'point' }, files: [], look: { font: 'N', colors: ['#123456'] } })
      setInterval(() => {}, 1000)`], { stdio: 'ignore' })
    started.push(host)
    const chartProcesses = (): number[] => {
      const children = spawnSync('pgrep', ['-P', String(host.pid)], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean).map(Number)
      return children.filter((pid) => /snapshot-blob|chart-worker/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8')))
    }
    let drawing: number[] = []
    for (let i = 0; i < 50 && drawing.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      drawing = chartProcesses()
    }
    expect(drawing).toHaveLength(1)
    await new Promise((resolve) => setTimeout(resolve, 1000))
    host.kill('SIGKILL')
    const alive = (pid: number): boolean => existsSync(`/proc/${pid}`) && !/^\S+ \S+ Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/\(.*\)/, 'name'))
    const deadline = Date.now() + 4000
    while (alive(drawing[0]) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    const survived = alive(drawing[0])
    if (survived) process.kill(drawing[0], 'SIGKILL')
    expect(survived).toBe(false)
  }, 30_000)
})

describe('usableSnapshot', () => {
  const self: SnapshotMaker = { node: 'v20.20.2', arch: 'x64', execPath: '/usr/bin/node', flags: ['--max-old-space-size=384', '--max-opt=2'] }
  const withSnapshot = (maker: unknown, blob = true): string => {
    const dist = tempDir()
    if (blob) writeFileSync(join(dist, 'chart-worker.blob'), 'snapshot')
    if (maker !== undefined) writeFileSync(join(dist, 'chart-worker.blob.json'), typeof maker === 'string' ? maker : JSON.stringify(maker))
    return dist
  }

  it('takes a snapshot made by this very Node with these flags', () => {
    const dist = withSnapshot(self)
    expect(usableSnapshot(dist, self)).toBe(join(dist, 'chart-worker.blob'))
  })

  it('leaves a snapshot from another Node, binary, architecture or set of flags, and one without its record', () => {
    for (const other of [{ node: 'v20.19.0' }, { execPath: '/opt/node/bin/node' }, { arch: 'arm64' }, { flags: ['--max-old-space-size=384'] }, { node: 'electron 39.0.0' }]) {
      expect(usableSnapshot(withSnapshot({ ...self, ...other }), self), JSON.stringify(other)).toBeUndefined()
    }
    expect(usableSnapshot(withSnapshot(undefined), self)).toBeUndefined()
    expect(usableSnapshot(withSnapshot('{not json'), self)).toBeUndefined()
    expect(usableSnapshot(withSnapshot(self, false), self)).toBeUndefined()
  })
})
