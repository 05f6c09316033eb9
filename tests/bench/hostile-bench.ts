// Hostile input benchmark: each pathological deck from the adversarial review is compiled as the CLI
// compiles it, and must finish or fail cleanly within 2 s of compile time; pairs of sizes (50k/100k)
// must grow linearly. Printed by `npm run bench` (BENCH_ONLY=hostile for this part alone).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compileDeck } from '../../electron/node/decks/load-decks'
import { parseBriefingConfig } from '../../renderer/core/deck/briefing-config'

const LIMIT_SECONDS = 2
const work = mkdtempSync(join(tmpdir(), 'briefdeck-hostile-'))

/** A deck of `count` slides, each holding `perSlide` copies of `unit`. */
const spread = (unit: string, total: number, perSlide: number): string =>
  Array.from({ length: Math.ceil(total / perSlide) }, (_, i) => `# ${i}\n\n${unit.repeat(Math.min(perSlide, total - i * perSlide))}`).join('\n\n---\n\n')

const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]', 'g: [*f,*f,*f,*f,*f,*f,*f,*f,*f]'].join('\n')

/** Pathological decks from the review (each within 2 s), then growth probes: the same input spread over slides, at two sizes. */
const CASES: Array<[string, () => string]> = [
  ['separator ^a*a*…b$, a 60-character line', () => `---\nseparator: "^a*a*a*a*a*a*a*a*a*a*b$"\n---\n# A\n${'a'.repeat(60)}\n`],
  ['separator ^a*a*…b$, a 10,000-character line', () => `---\nseparator: "^a*a*a*a*a*a*a*a*a*a*b$"\n---\n# A\n${'a'.repeat(10_000)}\n`],
  ['fence info ```js [ + 6 KB of spaces', () => `\`\`\`js [${' '.repeat(6000)}\nx\n\`\`\``],
  ['20k sanitiser warnings (1,000 a slide)', () => spread('<b onclick="x()">y</b> ', 20_000, 1000)],
  ['50k <br> in one slide', () => '<br>'.repeat(50_000)],
  ['50k <br> (5k a slide)', () => spread('<br>', 50_000, 5000)],
  ['100k <br> (5k a slide)', () => spread('<br>', 100_000, 5000)],
  ['100k comments in one slide', () => '<!-- c -->\n'.repeat(100_000)],
  ['50k comments (2.5k a slide)', () => spread('<!-- c -->\n', 50_000, 2500)],
  ['100k comments (2.5k a slide)', () => spread('<!-- c -->\n', 100_000, 2500)],
  ['_a × 100k in one slide', () => '_a'.repeat(100_000)],
  ['_a × 50k (8k a slide)', () => spread('_a', 50_000, 8000)],
  ['_a × 100k (8k a slide)', () => spread('_a', 100_000, 8000)],
  ['118 KB code block without a language', () => `\`\`\`\n${'let x = y + 1; // comment\n'.repeat(4500)}\`\`\``],
  ['3,000-deep HTML nesting', () => '<div>'.repeat(3000)],
  ['revealOptions constructor / __proto__', () => '---\nrevealOptions:\n  constructor: true\n  __proto__: 1\n  toString: x\n---\n# A'],
  ['YAML alias bomb in front matter', () => `---\n${bomb}\n---\n# A`],
]

const PAIRS = [['50k <br> (5k a slide)', '100k <br> (5k a slide)'], ['50k comments (2.5k a slide)', '100k comments (2.5k a slide)'], ['_a × 50k (8k a slide)', '_a × 100k (8k a slide)']]
const GROWTH_PROBES = new Set(PAIRS.flat())

export async function runHostileBench(): Promise<void> {
  console.log(`\nHostile input (compile as build and export do; each must finish or fail cleanly within ${LIMIT_SECONDS} s):`)
  const times = new Map<string, number>()
  for (const [name, make] of CASES) {
    const file = join(work, 'hostile.md')
    const text = make()
    writeFileSync(file, text)
    const started = performance.now()
    const loaded = await compileDeck(text, file, 'hostile.md', 'inline')
    const seconds = (performance.now() - started) / 1000
    times.set(name, seconds)
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)
    const outcome = errors.length > 0 ? `error ${[...new Set(errors)].join(', ')}` : `${loaded.deck.slides.length} slides, ${loaded.diagnostics.length} warnings`
    const verdict = GROWTH_PROBES.has(name) ? `growth probe, ${(seconds / loaded.deck.slides.length * 1000).toFixed(0)} ms a slide` : seconds <= LIMIT_SECONDS ? 'ok' : 'OVER 2 s'
    console.log(`${name.padEnd(44)} ${seconds.toFixed(3).padStart(7)} s  ${outcome.padEnd(34)} ${verdict}`)
  }
  const config = performance.now()
  const parsed = parseBriefingConfig(bomb, 'briefing.yml')
  const configSeconds = (performance.now() - config) / 1000
  console.log(`${'YAML alias bomb in briefing.yml'.padEnd(44)} ${configSeconds.toFixed(3).padStart(7)} s  ${`error ${parsed.diagnostics.map((d) => d.code).join(', ')}`.padEnd(34)} ${configSeconds <= LIMIT_SECONDS ? 'ok' : 'OVER 2 s'}`)
  for (const [small, large] of PAIRS) {
    const ratio = (times.get(large) ?? 0) / Math.max(1e-6, times.get(small) ?? 0)
    console.log(`  growth ${small.split(' (')[0]} → ${large.split(' (')[0]}: × ${ratio.toFixed(2)} for twice the input (linear ≈ 2)`)
  }
}

/** How long `briefdeck build` takes to stop on Ctrl+C in the middle of a long compile (target: under a second). */
export async function runInterruptBench(): Promise<void> {
  const { spawn } = await import('node:child_process')
  const file = join(work, 'long.md')
  writeFileSync(file, spread('_a', 30 * 8000, 8000))
  const child = spawn(process.execPath, [join(import.meta.dirname, '../../electron/cli/bin.mjs'), 'build', file, '-o', join(work, 'long.html')], { stdio: 'ignore' })
  await new Promise((resolve) => setTimeout(resolve, 800))
  const sent = performance.now()
  child.kill('SIGINT')
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  const seconds = (performance.now() - sent) / 1000
  console.log(`${'Ctrl+C in a 6-second compile (build)'.padEnd(44)} ${seconds.toFixed(3).padStart(7)} s  ${`exit ${code}`.padEnd(34)} ${seconds < 1 ? 'ok' : 'OVER 1 s'}`)
}
