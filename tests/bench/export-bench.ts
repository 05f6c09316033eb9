// Export benchmarks: whole-process cold exports (median of RUNS), a warm export with the browser
// already running, linear growth on generated decks, and the peers measured in the same run.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createChromiumPrinter } from '../../electron/node/export/chromium-printer'
import { exportBriefing } from '../../electron/node/export/export-briefing'
import { generateDeck } from './generate-deck'

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')
const BIN = join(ROOT, 'electron/cli/bin.mjs')
const SHARED = resolve(ROOT, '../shared/bench')
const RUNS = Number(process.env.RUNS ?? 5)
const work = mkdtempSync(join(tmpdir(), 'briefdeck-bench-'))

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Median wall time of whole `briefdeck export` processes writing `out`. */
function timeExports(input: string, out: string, runs: number, extra: string[]): number {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    const run = spawnSync(process.execPath, [BIN, 'export', input, '-o', out, '-q', ...extra], { encoding: 'utf8' })
    times.push((performance.now() - start) / 1000)
    if (run.status !== 0) throw new Error(`export failed: ${run.stderr}`)
  }
  return median(times)
}

/** Wall time of whole `briefdeck export` processes, Markdown in to PDF written. */
function cold(input: string, runs = RUNS, extra: string[] = []): { seconds: number; pages: number } {
  const out = join(work, 'cold.pdf')
  const seconds = timeExports(input, out, runs, extra)
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))?.[1])
  return { seconds, pages }
}

async function warm(input: string): Promise<number> {
  const printer = createChromiumPrinter()
  const write = async () => {}
  try {
    await exportBriefing({ input, output: join(work, 'warm.pdf'), layout: 'slides', fragments: false, format: 'pdf' }, { printer, write })
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now()
      await exportBriefing({ input, output: join(work, 'warm.pdf'), layout: 'slides', fragments: false, format: 'pdf' }, { printer, write })
      times.push((performance.now() - start) / 1000)
    }
    return median(times)
  } finally {
    await printer.close()
  }
}

function peers(deck: string): Map<string, number> {
  const found = new Map<string, number>()
  if (!existsSync('/tmp/briefdeck-peers/marp/node_modules/.bin/marp')) return found
  const run = spawnSync('bash', [join(SHARED, 'peers.sh'), deck], {
    encoding: 'utf8', env: { ...process.env, RUNS: String(RUNS), ONLY: process.env.PEERS_ONLY ?? 'marp reveal-md' },
  })
  for (const line of run.stdout.split('\n').slice(1)) {
    const [tool, seconds] = line.split(' ')
    if (tool && Number(seconds) > 0) found.set(tool, Number(seconds))
  }
  return found
}

export async function runExportBench(): Promise<void> {
  const deck60 = join(SHARED, 'deck60.md')
  console.log(`\nExport to PDF and PowerPoint (whole process unless noted, median of ${RUNS}):`)
  const line = (name: string, seconds: number, pages?: number, note = '') =>
    console.log(`${name.padEnd(44)} ${seconds.toFixed(2).padStart(6)} s${pages ? `  ${String(pages).padStart(5)} pages` : ''}${note}`)

  const ours60 = existsSync(deck60) ? cold(deck60) : null
  if (ours60) line('cold, deck60.md (60 slides)', ours60.seconds, ours60.pages)
  if (existsSync(deck60)) {
    // PowerPoint needs no browser for these decks: the whole process is Node alone.
    const pptx = timeExports(deck60, join(work, 'cold.pptx'), RUNS, [])
    line('cold, deck60.md to PowerPoint (.pptx)', pptx, 60, `  ${pptx < 1 ? 'ok' : 'ABOVE TARGET'} (target < 1 s)`)
    line('cold, the seven-deck book to PowerPoint', timeExports(join(ROOT, 'slides'), join(work, 'book.pptx'), RUNS, []))
  }
  const book = cold(join(ROOT, 'slides'))
  line('cold, the seven-deck briefing book', book.seconds, book.pages)
  const handout = cold(join(ROOT, 'slides'), RUNS, ['--layout', 'handout'])
  line('cold, the briefing book as handouts', handout.seconds, handout.pages)
  if (existsSync(deck60)) {
    const w = await warm(deck60)
    line('warm, deck60.md (browser already running)', w, undefined, `  ${w < 0.7 ? 'ok' : 'ABOVE TARGET'} (target < 0.7 s)`)
  }
  const sizes = [250, 500, 1000]
  const growth = sizes.map((n) => {
    const file = join(work, `gen-${n}.md`)
    writeFileSync(file, generateDeck(n))
    const result = cold(file, 3)
    line(`cold, generated ${n}-slide deck`, result.seconds, result.pages, `  ${(result.seconds / n * 1000).toFixed(1)} ms/slide`)
    return result.seconds
  })
  const perSlide = (growth[2] - growth[0]) / (sizes[2] - sizes[0])
  console.log(`  growth: ${(perSlide * 1000).toFixed(2)} ms per extra slide between 250 and 1,000 slides (linear if the per-slide figures stay close)`)

  if (ours60) {
    const others = peers(deck60)
    if (others.size === 0) {
      console.log('\nPeers: not installed (sh ../shared/bench/install-peers.sh), no comparison this run')
    } else {
      console.log(`\nPeers on deck60.md, same run (median of ${RUNS}, whole process):`)
      for (const [tool, seconds] of others) line(tool, seconds)
      const marp = others.get('marp')
      if (marp) {
        const ratio = ours60.seconds / marp
        console.log(`  Briefdeck / Marp = ${ratio.toFixed(2)}  ${ratio <= 0.9 ? 'ok' : 'ABOVE TARGET'} (target ≤ 0.90)`)
      }
    }
  }
}
