// Editor benchmarks: the preview's compile step (in process) and keystroke → painted preview in a
// real browser, on the seven decks and on a 200-slide deck.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchChromium } from '../../electron/node/export/launch-chromium'
import { createWorkspace } from '../../electron/node/workspace/workspace'
import { startServe } from '../helpers/serve'
import { generateDeck } from './generate-deck'

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

export async function runEditorBench(keystrokes = Number(process.env.KEYSTROKES ?? 25)): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'briefdeck-editor-bench-'))
  cpSync(join(ROOT, 'slides'), folder, { recursive: true })
  writeFileSync(join(folder, '90-generated-200.md'), generateDeck(200))
  const decks = readdirSync(folder).filter((f) => f.endsWith('.md')).sort()
  console.log('\nEditor (median):')

  const noPrinter = { pdf: async () => ({ pdf: new Uint8Array(), measured: '' }), measure: async () => '', png: async () => [], close: async () => {} }
  const workspace = createWorkspace({ folder, printer: noPrinter, fileUrl: (p) => `/files/${p}`, exportTarget: async (name) => ({ file: join(folder, `${name}.pdf`), location: name }) })
  const compileTimes = async (deck: string): Promise<number> => {
    const text = readFileSync(join(folder, deck), 'utf8')
    const times: number[] = []
    for (let i = 0; i < 40; i++) {
      const edited = text.replace(/^(#+ .*)$/m, `$1 ${i}`)
      const started = performance.now()
      await workspace.handlers['deck.preview']({ path: deck, text: edited, knownCssHash: null })
      times.push(performance.now() - started)
    }
    return median(times.slice(10))
  }
  const seven = decks.filter((d) => !d.startsWith('90-'))
  const sevenCompile = median(await Promise.all(seven.map(compileTimes)))
  const bigCompile = await compileTimes('90-generated-200.md')
  await workspace.close()
  const verdict = (value: number, target: number) => `${value < target ? 'ok' : 'ABOVE TARGET'} (target < ${target} ms)`
  console.log(`${'preview compile step, a briefing deck (median over the seven)'.padEnd(64)} ${sevenCompile.toFixed(1).padStart(6)} ms  ${verdict(sevenCompile, 16)}`)
  console.log(`${'preview compile step, a 200-slide deck'.padEnd(64)} ${bigCompile.toFixed(1).padStart(6)} ms  ${verdict(bigCompile, 16)}`)

  const served = await startServe(folder, [], { XDG_CACHE_HOME: folder })
  const browser = await launchChromium()
  try {
    for (const [name, deck, heading] of [['a briefing deck (03, 10 slides)', '03-military-convergence.md', '## Research agencies at work'], ['a 200-slide deck', '90-generated-200.md', '## Slide 150:']] as const) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
      const page = await context.newPage()
      await page.goto(served.url)
      await page.goto(`${served.origin}/#/edit/${deck}`)
      await page.waitForFunction(() => document.querySelector('.bd-preview-deck .reveal.ready'))
      const line = page.locator('.cm-line', { hasText: heading }).first()
      await page.locator('.cm-content').focus()
      for (let i = 0; i < 200 && (await line.count()) === 0; i++) await page.keyboard.press('PageDown')
      await line.click()
      await page.keyboard.press('End')
      await page.waitForTimeout(300)
      const times: number[] = []
      for (let i = 0; i < keystrokes; i++) {
        const letter = String.fromCharCode(97 + (i % 26))
        const expected = await page.evaluate(() => document.querySelector('.bd-preview-deck section.present h2')?.textContent ?? '')
        const started = Date.now()
        await page.keyboard.type(letter)
        await page.waitForFunction((text) => document.querySelector('.bd-preview-deck section.present h2')?.textContent === text, `${expected}${letter}`, { polling: 'raf' })
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
        times.push(Date.now() - started)
        await page.waitForTimeout(120)
      }
      console.log(`${`keystroke → painted preview, ${name}`.padEnd(64)} ${median(times).toFixed(0).padStart(6)} ms  ${verdict(median(times), 100)}`)
      await context.close()
    }
  } finally {
    await browser.close()
    await served.stop()
    rmSync(folder, { recursive: true, force: true })
  }
}
