// Browser-mode benchmarks: server start to first slide painted, file change to updated slide
// painted, and the presenter's overview grid, on the seven decks and on a 500-slide deck.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { startBrowser } from '../helpers/browser'
import { startServe } from '../helpers/serve'
import { generateDeck } from './generate-deck'

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Resolves after the browser has painted the current DOM (two animation frames). */
const painted = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))

/** Waits for `wait`, saying which step of which run timed out when it does. */
async function step<T>(name: string, wait: Promise<T>): Promise<T> {
  try {
    return await wait
  } catch (error) {
    throw new Error(`${name}: ${(error as Error).message.split('\n')[0]}`)
  }
}

export async function runServeBench(runs = Number(process.env.RUNS ?? 5)): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'briefdeck-serve-bench-'))
  cpSync(join(ROOT, 'slides'), folder, { recursive: true })
  writeFileSync(join(folder, '90-generated-500.md'), generateDeck(500))
  const browser = await startBrowser()
  console.log(`\nBrowser mode (median of ${runs}; the browser is already open, the server is not):`)
  try {
    for (const deck of ['01-overview.md', '90-generated-500.md']) {
      const starts: number[] = []
      const changes: number[] = []
      const grids: number[] = []
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
        const page = await context.newPage()
        const begun = performance.now()
        const served = await startServe(folder)
        // A run that fails still stops its server: a server left running keeps the benchmark from exiting.
        try {
          await page.goto(served.url.replace('/?token=', `/?token=`).replace(/(\?token=[^#]*)$/, `$1#/present/${deck}`))
          await step(`${deck} run ${run + 1}, first slide`, page.waitForFunction(() => document.querySelector('.reveal.ready .slides section.present')))
          await painted(page)
          starts.push(performance.now() - begun)

          const file = join(folder, deck)
          const original = readFileSync(file, 'utf8')
          const marker = `Changed ${run} ${Date.now()}`
          const changedAt = performance.now()
          writeFileSync(file, original.replace(/^(#+ .*)$/m, `$1 ${marker}`))
          await step(`${deck} run ${run + 1}, changed slide`, page.waitForFunction((m) => document.querySelector('.slides section.present')?.textContent?.includes(m), marker, { polling: 'raf' }))
          await painted(page)
          changes.push(performance.now() - changedAt)
          writeFileSync(file, original)

          const presenter = await context.newPage()
          await presenter.goto(`${served.origin}/#/presenter/${deck}`)
          // Ready once every deck it shows (current, next, the room's mirror) is up and the room's position applied.
          await step(`${deck} run ${run + 1}, presenter ready`, presenter.waitForSelector('#bd-root[data-ready]', { state: 'attached' }))
          const gridAt = performance.now()
          // The button, not the first "Overview" on the page (the briefing's first deck is titled so).
          await presenter.getByRole('button', { name: 'Overview', exact: true }).click()
          await step(`${deck} run ${run + 1}, overview grid`, presenter.waitForSelector('.bd-grid:not([hidden]) .bd-tile'))
          await painted(presenter)
          grids.push(performance.now() - gridAt)
        } finally {
          await context.close()
          await served.stop()
        }
      }
      const name = deck === '01-overview.md' ? 'a briefing deck (8 slides)' : 'a generated 500-slide deck'
      const verdict = (value: number, target: number) => `${value < target ? 'ok' : 'ABOVE TARGET'} (target < ${target} ms)`
      console.log(`${`server start → first slide painted, ${name}`.padEnd(60)} ${median(starts).toFixed(0).padStart(6)} ms  ${verdict(median(starts), 1000)}`)
      console.log(`${`file change → updated slide painted, ${name}`.padEnd(60)} ${median(changes).toFixed(0).padStart(6)} ms  ${verdict(median(changes), 300)}`)
      console.log(`${`presenter overview grid painted, ${name}`.padEnd(60)} ${median(grids).toFixed(0).padStart(6)} ms`)
    }
  } finally {
    await browser.close()
    rmSync(folder, { recursive: true, force: true })
  }
}
