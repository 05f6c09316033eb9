// Export benchmarks, as ratios measured in this run (the machines drift; ratios taken side by side
// do not): the browser's floor (../shared/bench/floor.mjs), Briefdeck's cold export of deck60 and
// the peers in turn, round by round; a warm export after an edit with the browser running; 250, 500
// and 1,000 generated slides; and the peak memory of each export's processes (Node and Chromium),
// sampled in runs of their own (sampling slows what it samples: see runMeasured).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createCompileCache } from '../../electron/node/decks/load-decks'
import { createChromiumPrinter } from '../../electron/node/export/chromium-printer'
import { exportBriefing } from '../../electron/node/export/export-briefing'
import { createPrintedCache } from '../../electron/node/export/print-slices'
import { generateDeck } from './generate-deck'
import { type ProcessRun, runMeasured } from './process-tree'

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')
const BIN = join(ROOT, 'electron/cli/bin.mjs')
const SHARED = resolve(ROOT, '../shared/bench')
const PEERS = process.env.PEERS ?? '/tmp/briefdeck-peers'
const RUNS = Number(process.env.RUNS ?? 5)
/** Another checkout's CLI (`BENCH_BASELINE=../before/electron/cli/bin.mjs`), measured beside this one: "today's" figures. */
const BASELINE = process.env.BENCH_BASELINE
const work = mkdtempSync(join(tmpdir(), 'briefdeck-bench-'))

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const pagesOf = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1])

async function ok(run: Promise<ProcessRun>, what: string): Promise<ProcessRun> {
  const done = await run
  if (done.code !== 0) throw new Error(`${what} failed: ${done.stderr}`)
  return done
}
/** What a run is for: its time, or (in a run of its own, see runMeasured) its peak memory. */
type Measure = 'time' | 'memory'
/** One whole `briefdeck export` process (this checkout's, or `bin`), Markdown in, file written. */
const exportRun = (input: string, out: string, extra: string[] = [], bin = BIN, measure: Measure = 'time') =>
  ok(runMeasured(process.execPath, [bin, 'export', input, '-o', out, '-q', ...extra], { memory: measure === 'memory' }), `export of ${input}`)
/** The floor: launch Chromium, load a plain 60-page document, one page.pdf(), close (run from the project root). */
const floorRun = (measure: Measure = 'time') =>
  ok(runMeasured(process.execPath, [join(SHARED, 'floor.mjs'), '60', join(work, 'floor.pdf')], { cwd: ROOT, memory: measure === 'memory' }), 'the floor')
/** Memory runs after the timed ones: this many of each, the median peak reported. */
const MEMORY_RUNS = 3

/** Marp CLI (and reveal-md) on the deck, once each, through the shared peers script: tool → seconds. */
function peersInstalled(): boolean {
  return existsSync(join(PEERS, 'marp/node_modules/.bin/marp')) && existsSync(join(SHARED, 'peers.sh'))
}
async function peersOnce(deck: string): Promise<Map<string, number>> {
  const run = await runMeasured('bash', [join(SHARED, 'peers.sh'), deck], {
    env: { ...process.env, PEERS, RUNS: '1', ONLY: process.env.PEERS_ONLY ?? 'marp reveal-md', OUT: join(work, 'peers') },
  })
  const found = new Map<string, number>()
  for (const line of run.stdout.split('\n').slice(1)) {
    const [tool, seconds] = line.split(' ')
    if (tool && Number(seconds) > 0) found.set(tool, Number(seconds))
  }
  return found
}

/**
 * Warm exports with the browser running, as `serve` and the desktop app make them (printer, compiled
 * decks and printed slices kept): each after an edit to one slide, the presenter's typo fixed.
 */
async function warmAfterEdit(deck: string): Promise<number> {
  const copy = join(work, 'warm.md')
  const text = readFileSync(deck, 'utf8')
  const printer = createChromiumPrinter()
  const ports = { printer, write: async () => {}, compiled: createCompileCache(), printed: createPrintedCache() }
  const request = { input: copy, output: join(work, 'warm.pdf'), layout: 'slides' as const, fragments: false, format: 'pdf' as const }
  try {
    writeFileSync(copy, text)
    await exportBriefing(request, ports)
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) {
      // A typo fixed in the last slide's text: a real edit, compiled and printed again.
      writeFileSync(copy, `${text.trimEnd()}\n\nFixed typo number ${i + 1}.\n`)
      const start = performance.now()
      await exportBriefing(request, ports)
      times.push((performance.now() - start) / 1000)
    }
    return median(times)
  } finally {
    await printer.close()
  }
}

export async function runExportBench(): Promise<void> {
  const deck60 = join(SHARED, 'deck60.md')
  const line = (name: string, value: string, note = '') => console.log(`${name.padEnd(50)} ${value}${note ? `  ${note}` : ''}`)
  const s = (seconds: number) => `${seconds.toFixed(2).padStart(6)} s`
  const mib = (value: number) => `${value.toFixed(0)} MiB`
  const verdict = (value: number, target: number, below = true) => (below ? value <= target : value >= target) ? 'ok' : 'MISSED'

  console.log(`\nExport to PDF: the floor, Briefdeck and the peers in turn, ${RUNS} rounds (whole processes; ratios pair by pair, medians):`)
  if (!existsSync(deck60) || !existsSync(join(SHARED, 'floor.mjs'))) {
    console.log('  ../shared/bench (deck60.md, floor.mjs) not found: no floor and no ratios this run')
  } else {
    const withPeers = peersInstalled()
    const rounds: Array<{ floor: ProcessRun; ours: ProcessRun; peers: Map<string, number> }> = []
    for (let i = 0; i < RUNS; i++) {
      const floor = await floorRun()
      const ours = await exportRun(deck60, join(work, 'deck60.pdf'))
      rounds.push({ floor, ours, peers: withPeers ? await peersOnce(deck60) : new Map() })
    }
    const floor = median(rounds.map((r) => r.floor.seconds))
    const ours = median(rounds.map((r) => r.ours.seconds))
    const toFloor = median(rounds.map((r) => r.ours.seconds / r.floor.seconds))
    const memory: Array<{ floor: ProcessRun; ours: ProcessRun }> = []
    for (let i = 0; i < MEMORY_RUNS; i++) memory.push({ floor: await floorRun('memory'), ours: await exportRun(deck60, join(work, 'deck60.pdf'), [], BIN, 'memory') })
    line('the floor: Chromium, a plain 60-page document, one print', s(floor), `peak ${mib(median(memory.map((r) => r.floor.peakMiB)))}`)
    line(`cold, deck60.md (${pagesOf(join(work, 'deck60.pdf'))} pages)`, s(ours), `peak ${mib(median(memory.map((r) => r.ours.peakMiB)))}`)
    line('  cold deck60 / floor', toFloor.toFixed(2).padStart(8), `${verdict(toFloor, 1.3)} (target ≤ 1.30)`)
    if (!withPeers) {
      console.log('  peers: not installed (sh ../shared/bench/install-peers.sh), no comparison this run')
    } else {
      for (const tool of new Set(rounds.flatMap((r) => [...r.peers.keys()]))) {
        const paired = rounds.filter((r) => r.peers.has(tool))
        line(`${tool}, deck60.md`, s(median(paired.map((r) => r.peers.get(tool) as number))))
        const ratio = median(paired.map((r) => r.ours.seconds / (r.peers.get(tool) as number)))
        line(`  cold deck60 / ${tool}`, ratio.toFixed(2).padStart(8), tool === 'marp' ? `${verdict(ratio, 0.6)} (target ≈ 0.60)` : '')
      }
    }

    const warm = await warmAfterEdit(deck60)
    line('warm, deck60.md after a one-slide edit (browser running)', s(warm))
    line('  warm deck60 / floor', (warm / floor).toFixed(2).padStart(8), `${verdict(warm / floor, 0.5)} (target ≤ 0.50; the floor's median above)`)

    // PowerPoint needs no browser for these decks: the whole process is Node alone.
    const pptx = median(await sequence(RUNS, () => exportRun(deck60, join(work, 'cold.pptx')).then((r) => r.seconds)))
    line('cold, deck60.md to PowerPoint (.pptx)', s(pptx), `${verdict(pptx, 1)} (target < 1 s)`)
  }

  const book = await sequence(RUNS, () => exportRun(join(ROOT, 'slides'), join(work, 'book.pdf')))
  line(`cold, the seven-deck briefing book (${pagesOf(join(work, 'book.pdf'))} pages)`, s(median(book.map((r) => r.seconds))))
  const handout = await sequence(RUNS, () => exportRun(join(ROOT, 'slides'), join(work, 'handout.pdf'), ['--layout', 'handout']))
  line(`cold, the briefing book as handouts (${pagesOf(join(work, 'handout.pdf'))} pages)`, s(median(handout.map((r) => r.seconds))))

  console.log(`\nLong decks (whole processes, median of 3${BASELINE ? `; "before": ${BASELINE}, in turn` : ''}):`)
  const sizes = [250, 500, 1000]
  const growth: number[] = []
  for (const n of sizes) {
    const file = join(work, `gen-${n}.md`)
    writeFileSync(file, generateDeck(n))
    const runs = await sequence(3, () => exportRun(file, join(work, `gen-${n}.pdf`)))
    const peak = median((await sequence(MEMORY_RUNS, () => exportRun(file, join(work, `gen-${n}.pdf`), [], BIN, 'memory'))).map((r) => r.peakMiB))
    const seconds = median(runs.map((r) => r.seconds))
    growth.push(seconds)
    const perPage = (seconds / n) * 1000
    const note = `${perPage.toFixed(1)} ms a page, peak ${mib(peak)}${n === 1000 ? `  ${verdict(perPage, 6)} (target ≤ 6 ms a page)` : ''}`
    line(`cold, generated ${n}-slide deck (${pagesOf(join(work, `gen-${n}.pdf`))} pages)`, s(seconds), note)
  }
  const perSlide = (growth[2] - growth[0]) / (sizes[2] - sizes[0])
  console.log(`  growth: ${(perSlide * 1000).toFixed(2)} ms per extra slide between 250 and 1,000 slides (linear if the per-page figures stay close)`)
  if (BASELINE) {
    const file = join(work, 'gen-1000.md')
    const pairs: Array<{ now: ProcessRun; before: ProcessRun }> = []
    const memoryPairs: Array<{ now: ProcessRun; before: ProcessRun }> = []
    for (const [list, measure] of [[pairs, 'time'], [memoryPairs, 'memory']] as const) {
      for (let i = 0; i < 3; i++) {
        list.push({ before: await exportRun(file, join(work, 'before.pdf'), [], BASELINE, measure), now: await exportRun(file, join(work, 'gen-1000.pdf'), [], BIN, measure) })
      }
    }
    const before = median(pairs.map((p) => p.before.seconds))
    line('  before, generated 1,000-slide deck', s(before), `${((before / 1000) * 1000).toFixed(1)} ms a page, peak ${mib(median(memoryPairs.map((p) => p.before.peakMiB)))}`)
    line('  now / before, 1,000 slides', median(pairs.map((p) => p.now.seconds / p.before.seconds)).toFixed(2).padStart(8),
      `peak memory now / before ${median(memoryPairs.map((p) => p.now.peakMiB / p.before.peakMiB)).toFixed(2)} (target ≤ 1.00)`)
  }
}

async function sequence<T>(count: number, run: () => Promise<T>): Promise<T[]> {
  const results: T[] = []
  for (let i = 0; i < count; i++) results.push(await run())
  return results
}
