// Editor benchmarks: the compile step the editor's worker runs on each edit (in process, with its
// slide memo), and keystroke → painted preview in a real browser (compiled in the page's Web Worker),
// on a briefing deck and on generated 200- and 1,000-slide decks.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { compileDeckText, createCompileMemo } from '../../renderer/app/editor/compile-deck-text'
import { startBrowser } from '../helpers/browser'
import { startServe } from '../helpers/serve'
import { generateDeck } from './generate-deck'

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const verdict = (value: number, target?: number) => (target === undefined ? '' : `${value < target ? 'ok' : 'ABOVE TARGET'} (target < ${target} ms)`)
const print = (name: string, value: number, target?: number) => console.log(`${name.padEnd(64)} ${value.toFixed(1).padStart(6)} ms  ${verdict(value, target)}`)

/** The decks measured: a file of the folder, the heading typed into, and the keystroke target. */
const DECKS = [
  { name: 'a briefing deck (03, 10 slides)', file: '03-military-convergence.md', heading: '## Research agencies at work', target: undefined },
  { name: 'a 200-slide deck', file: '90-generated-200.md', heading: '## Slide 150:', target: 50 },
  { name: 'a 1,000-slide deck', file: '91-generated-1000.md', heading: '## Slide 750:', target: 100 },
] as const

export async function runEditorBench(keystrokes = Number(process.env.KEYSTROKES ?? 25)): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'briefdeck-editor-bench-'))
  cpSync(join(ROOT, 'slides'), folder, { recursive: true })
  writeFileSync(join(folder, '90-generated-200.md'), generateDeck(200))
  writeFileSync(join(folder, '91-generated-1000.md'), generateDeck(1000))
  console.log('\nEditor (median):')
  for (const deck of DECKS) print(`compile step on an edit (worker's code, in process), ${deck.name}`, compileStep(readFileSync(join(folder, deck.file), 'utf8')), 16)

  const served = await startServe(folder, [], { XDG_CACHE_HOME: folder })
  const browser = await startBrowser()
  try {
    for (const deck of DECKS) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
      const page = await context.newPage()
      await page.goto(served.url)
      await page.goto(`${served.origin}/#/edit/${deck.file}`)
      await page.waitForFunction(() => document.querySelector('.bd-preview-deck .reveal.ready'), undefined, { timeout: 60_000 })
      print(`keystroke → painted preview, ${deck.name}`, await keystrokeToPaint(page, deck.heading, keystrokes), deck.target)
      await context.close()
    }
  } finally {
    await browser.close()
    await served.stop()
    rmSync(folder, { recursive: true, force: true })
  }
}

/** One edit's compile as the worker runs it (the memo renders only the edited slide), after warming up. */
function compileStep(text: string): number {
  const memo = createCompileMemo()
  const times: number[] = []
  for (let i = 0; i < 40; i++) {
    const edited = text.replace(/^(#+ .*)$/m, `$1 ${i}`)
    const started = performance.now()
    compileDeckText(edited, 'deck.md', new Map(), memo)
    times.push(performance.now() - started)
  }
  return median(times.slice(10))
}

/** The page's stopwatch, as text: tsx would add helpers to a function that the page does not have. */
const TIME_KEYSTROKES = `
  window.bdKeyTimes = []
  addEventListener('keydown', (event) => {
    const shown = () => document.querySelector('.bd-preview-deck section.present h2')?.textContent
    const before = shown()
    const watch = () => {
      if (shown() === before) requestAnimationFrame(watch)
      else requestAnimationFrame(() => window.bdKeyTimes.push(performance.now() - event.timeStamp))
    }
    requestAnimationFrame(watch)
  }, true)
`

/**
 * Types letters into a heading. Each is timed in the page, from the key event (its timeStamp) to the
 * frame after the one that first shows the letter in the preview: that frame starts once the letter
 * is painted. Playwright's own round trips are not counted.
 */
async function keystrokeToPaint(page: Page, heading: string, keystrokes: number): Promise<number> {
  const line = page.locator('.cm-line', { hasText: heading }).first()
  await page.locator('.cm-content').focus()
  for (let i = 0; i < 400 && (await line.count()) === 0; i++) await page.keyboard.press('PageDown')
  await line.click()
  await page.keyboard.press('End')
  await page.waitForTimeout(1000)
  await page.evaluate(TIME_KEYSTROKES)
  for (let i = 0; i < keystrokes; i++) {
    await page.keyboard.type(String.fromCharCode(97 + (i % 26)))
    await page.waitForFunction((n) => (window as unknown as { bdKeyTimes: number[] }).bdKeyTimes.length > n, i)
    await page.waitForTimeout(120)
  }
  return median(await page.evaluate(() => (window as unknown as { bdKeyTimes: number[] }).bdKeyTimes))
}
