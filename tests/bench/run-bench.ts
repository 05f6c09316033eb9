// `npm run bench`: prints Briefdeck's performance figures. Targets are checked here, against
// measurements, never in timed tests (see README "Performance").
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runBlocksBench } from './blocks-bench'
import { runExportBench } from './export-bench'
import { runEditorBench } from './editor-bench'
import { runHostileBench, runInterruptBench } from './hostile-bench'
import { runServeBench } from './serve-bench'

const HERE = fileURLToPath(new URL('.', import.meta.url))
const ROOT = resolve(HERE, '../..')
const TSX = resolve(ROOT, 'node_modules', '.bin', 'tsx')

interface Result { slides: number; rounds: number; medianMs: number; slidesPerSecond: number; peakRssMiB: number }

function scenario(script: string, ...args: string[]): Result {
  return JSON.parse(execFileSync(TSX, [resolve(HERE, script), ...args], { cwd: ROOT, encoding: 'utf8' })) as Result
}

const row = (name: string, r: Result, target?: { min: number; unit: string; value: number }): string => {
  const verdict = target ? (target.value >= target.min ? `  ok (target ≥ ${target.min.toLocaleString('en')} ${target.unit})` : `  BELOW TARGET (≥ ${target.min.toLocaleString('en')} ${target.unit})`) : ''
  return `${name.padEnd(36)} ${String(r.slides).padStart(5)} slides  ${r.medianMs.toFixed(1).padStart(8)} ms  ` +
    `${Math.round(r.slidesPerSecond).toLocaleString('en').padStart(8)} slides/s  ${r.peakRssMiB.toFixed(0).padStart(5)} MiB peak RSS${verdict}`
}

console.log(`Briefdeck benchmark — node ${process.version}, ${new Date().toISOString()}`)
console.log('\nCompile (Markdown → deck model: split, Markdown, attributes, sanitise), median of repeated runs:')
const compile1000 = scenario('compile-scenario.ts', '1000', 'compile')
console.log(row('generated 1,000-slide deck', compile1000, { min: 10_000, unit: 'slides/s', value: compile1000.slidesPerSecond }))
const compileSlides = scenario('compile-scenario.ts', 'slides', 'compile')
console.log(row('the seven decks in slides/', compileSlides, { min: 10_000, unit: 'slides/s', value: compileSlides.slidesPerSecond }))
console.log('\nBuild (compile + theme, fonts, images inlined + reveal.js page), in process:')
console.log(row('generated 1,000-slide deck', scenario('compile-scenario.ts', '1000', 'build')))
console.log(row('the seven decks in slides/', scenario('compile-scenario.ts', 'slides', 'build')))

const only = process.env.BENCH_ONLY
/** Runs one part; a part that fails says so and the others still run (the run then exits 1). */
async function part(name: string, run: () => Promise<void>): Promise<void> {
  if (only && only !== name) return
  try {
    await run()
  } catch (error) {
    console.log(`\n${name} benchmark FAILED: ${String((error as Error).message ?? error).split('\n')[0]}`)
    process.exitCode = 1
  }
}
await part('hostile', async () => {
  await runHostileBench()
  await runInterruptBench()
})
await part('export', runExportBench)
await part('blocks', runBlocksBench)
await part('serve', () => runServeBench())
await part('editor', runEditorBench)
