// One benchmark scenario in its own process, so that its peak memory is its own. Prints JSON.
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDeck } from '../../renderer/core/deck/parse-deck'
import { buildDeckPage } from '../../electron/node/decks/build-page'
import { compileDeck } from '../../electron/node/decks/load-decks'
import { generateDeck } from './generate-deck'

const HERE = fileURLToPath(new URL('.', import.meta.url))
const ROOT = resolve(HERE, '../..')
const [scenario, stage] = process.argv.slice(2)
const decks: Array<{ file: string; text: string }> = scenario === 'slides'
  ? readdirSync(join(ROOT, 'slides')).filter((f) => f.endsWith('.md')).sort()
    .map((f) => ({ file: join(ROOT, 'slides', f), text: readFileSync(join(ROOT, 'slides', f), 'utf8') }))
  : [{ file: join(ROOT, 'slides', 'generated.md'), text: generateDeck(Number(scenario)) }]

/** One round: the decks compiled (and for `build`, put into self-contained pages as `briefdeck build` does). */
const run = async (): Promise<number> => {
  let slides = 0
  for (const deck of decks) {
    if (stage === 'build') {
      const loaded = await compileDeck(deck.text, deck.file, deck.file, 'inline')
      buildDeckPage(loaded)
      slides += loaded.deck.slides.length
    } else {
      slides += parseDeck(deck.text, { file: deck.file }).deck.slides.length
    }
  }
  return slides
}

// Warm up for half a second: JIT, and the runtime files and fonts every process reads once.
for (const warm = performance.now() + 500; performance.now() < warm;) await run()
const rounds: number[] = []
let slides = 0
const deadline = performance.now() + 3000
while (rounds.length < 5 || (performance.now() < deadline && rounds.length < 200)) {
  const start = performance.now()
  slides = await run()
  rounds.push(performance.now() - start)
}
rounds.sort((a, b) => a - b)
const median = rounds[Math.floor(rounds.length / 2)]
process.stdout.write(JSON.stringify({
  slides, rounds: rounds.length, medianMs: median, slidesPerSecond: (slides / median) * 1000,
  peakRssMiB: process.resourceUsage().maxRSS / 1024,
}))
