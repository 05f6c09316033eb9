// Charts, math and diagrams: what they add to a build. A deck of 20 slides is built as `briefdeck
// build` builds it (compile, blocks drawn, page put together), cold (a new process each, as the CLI
// runs): plain, with a chart on every slide (each a different spec, so no drawing is reused), with a
// formula on every slide, and with a Mermaid diagram on every slide. The variants are built in turn
// within each round, so a machine that slows down mid-run slows all of them alike, and each is
// reported against the plain deck of the same run. Target: 20 charts add less than 1 s.
// Printed by `npm run bench` (BENCH_ONLY=blocks).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')
const BIN = join(ROOT, 'electron', 'cli', 'bin.mjs')
const ROUNDS = 5
const SLIDES = 20

const chart = (i: number): string => [
  '```chart', `title: Chart ${i}`, 'data:', '  values:',
  ...Array.from({ length: 8 }, (_, k) => `    - {year: "FY${2016 + k}", value: ${(k * 7 + i * 3) % 23 + 1}}`),
  'mark: bar', 'encoding:', '  x: {field: year, type: ordinal}', '  y: {field: value, type: quantitative}', '```',
].join('\n')
const formula = (i: number): string => `$$\\sum_{k=1}^{${i + 2}} \\frac{x_k^2}{\\sqrt{k + ${i}}} = \\mathbb{R}_{${i}}$$`
const diagram = (i: number): string => ['```mermaid', 'flowchart LR', `  A${i}[Strand ${i}] --> B${i}[Finding ${i}]`, `  B${i} --> C${i}[Decision ${i}]`, '```'].join('\n')

const VARIANTS = {
  plain: () => '',
  charts: chart,
  formulas: formula,
  diagrams: diagram,
} satisfies Record<string, (i: number) => string>
type Variant = keyof typeof VARIANTS

/** A deck of 20 slides with the same words on each; `block` adds one chart, formula or diagram per slide. */
const deck = (block: (i: number) => string): string =>
  Array.from({ length: SLIDES }, (_, i) => `# Slide ${i + 1}\n\nA finding about year ${i}.\n\n${block(i)}`).join('\n\n---\n\n')

/** GNU time, where there is one: CPU seconds say what a build costs even on a machine others are using. */
const TIME = '/usr/bin/time'

/**
 * One `briefdeck build` in a fresh process: its wall-clock seconds, and the CPU seconds of it and the
 * processes it waited for (its Chromium, its chart process), or NaN without GNU time.
 */
function buildOnce(file: string): { wall: number; cpu: number } {
  const command = [process.execPath, BIN, 'build', file, '-o', `${file}.html`, '--quiet']
  const timed = existsSync(TIME)
  const started = performance.now()
  const run = timed ? spawnSync(TIME, ['-f', 'cpu %U %S', ...command], { encoding: 'utf8' }) : spawnSync(command[0], command.slice(1), { encoding: 'utf8' })
  const wall = (performance.now() - started) / 1000
  if (run.status !== 0) throw new Error(`build of ${file} failed: ${run.stderr}`)
  const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(run.stderr ?? '')
  return { wall, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : Number.NaN }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

export async function runBlocksBench(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'briefdeck-blocks-'))
  try {
    const names = Object.keys(VARIANTS) as Variant[]
    const files = Object.fromEntries(names.map((name) => {
      const file = join(work, `${name}.md`)
      writeFileSync(file, deck(VARIANTS[name]))
      return [name, file]
    })) as Record<Variant, string>
    // One build of each first, unmeasured: the disk cache and the chart and diagram bundles warm.
    for (const name of names) buildOnce(files[name])
    const runs = Object.fromEntries(names.map((name) => [name, [] as Array<{ wall: number; cpu: number }>])) as Record<Variant, Array<{ wall: number; cpu: number }>>
    for (let round = 0; round < ROUNDS; round++) for (const name of names) runs[name].push(buildOnce(files[name]))
    const wall = (name: Variant): number => median(runs[name].map((r) => r.wall))
    const cpu = (name: Variant): number => median(runs[name].map((r) => r.cpu))
    const size = (name: Variant): string => `${(statSync(`${files[name]}.html`).size / 1024).toFixed(0).padStart(5)} KiB`
    const seconds = (value: number): string => (Number.isNaN(value) ? '     –' : `${value.toFixed(2).padStart(5)} s`)
    console.log(`\nCharts, math and diagrams (\`briefdeck build\` of ${SLIDES} slides, cold, median of ${ROUNDS}, all in this run):`)
    console.log(`${''.padEnd(20)} ${'wall'.padStart(7)} ${'CPU'.padStart(7)}   page`)
    console.log(`${'plain (baseline)'.padEnd(20)} ${seconds(wall('plain'))} ${seconds(cpu('plain'))}  ${size('plain')}`)
    for (const name of names.filter((n) => n !== 'plain')) {
      const added = wall(name) - wall('plain')
      const addedCpu = cpu(name) - cpu('plain')
      const verdict = name === 'charts' ? (added < 1 ? '  ok (target: adds < 1 s)' : '  ABOVE TARGET (adds < 1 s)') : ''
      console.log(`${`${SLIDES} ${name}`.padEnd(20)} ${seconds(wall(name))} ${seconds(cpu(name))}  ${size(name)}  ` +
        `wall ×${(wall(name) / wall('plain')).toFixed(2)} of plain, +${added.toFixed(2)} s (${((added / SLIDES) * 1000).toFixed(0)} ms each); ` +
        `CPU +${addedCpu.toFixed(2)} s${verdict}`)
    }
    console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores: wall times grow with it, CPU times much less`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
