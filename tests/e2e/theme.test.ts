import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BIN, ROOT, openDeck, startBrowser } from '../helpers/browser'

/**
 * The briefing theme as the room sees it at 1280×720, measured in Chromium on a deck with every kind
 * of text the theme styles (tests/fixtures/decks/theme/theme.md): contrast of every text against
 * what is behind it, titles pinned at the top, code large enough, the slide number clear of the
 * arrows.
 */
let dir: string
let browser: Browser
let page: Page
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-theme-'))
  execFileSync(process.execPath, [BIN, 'build', join(ROOT, 'tests/fixtures/decks/theme/theme.md'), '-o', join(dir, 'theme.html'), '-q'])
  browser = await startBrowser()
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  await openDeck(page, `file://${join(dir, 'theme.html')}`)
})
afterAll(async () => {
  await browser?.close()
  rmSync(dir, { recursive: true, force: true })
})

type Reveal = { slide(h: number, v?: number, f?: number): void; getTotalSlides(): number; getScale(): number }
const show = (h: number) => page.evaluate((index) => {
  const reveal = (window as unknown as { Reveal: Reveal }).Reveal
  reveal.slide(index, 0, Number.MAX_SAFE_INTEGER)
}, h).then(() => page.waitForTimeout(900))

/** Every text on the slide shown with its contrast ratio against what is behind it, and the WCAG AA minimum for its size. */
const contrasts = () => page.evaluate(() => {
  const parse = (c: string): number[] => (c.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number).concat(c.startsWith('rgba') ? [] : [1]).slice(0, 4)
  const over = (top: number[], under: number[]): number[] => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat(1)
  const channel = (v: number): number => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
  const luminance = (c: number[]): number => 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])
  // reveal.js draws a slide's own background (data-background-color) in a layer behind the slides.
  const slideBackground = document.querySelector('.reveal .backgrounds .slide-background.present')
  const behind = (element: Element): number[] => {
    const layers: number[][] = []
    for (let e: Element | null = element; e; e = e.parentElement) {
      const own = parse(getComputedStyle(e).backgroundColor)
      const layers_ = e.classList.contains('reveal') && slideBackground ? [own, parse(getComputedStyle(slideBackground).backgroundColor)] : [own]
      for (const layer of layers_) if (layer[3] > 0) layers.push(layer)
      if (layers_.some((layer) => layer[3] === 1)) break
    }
    return layers.reduceRight((under, top) => over(top, under), [255, 255, 255, 1])
  }
  const found: Array<{ text: string; ratio: number; minimum: number }> = []
  const roots = [document.querySelector('.reveal .slides section.present:not(.stack)'), document.querySelector('.reveal .slide-number')]
  for (const root of roots) {
    if (!root) continue
    for (const element of [root, ...root.querySelectorAll('*')]) {
      const text = [...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim()
      const style = getComputedStyle(element)
      if (!text || style.visibility !== 'visible' || element.getClientRects().length === 0) continue
      const color = over(parse(style.color), behind(element))
      const [a, b] = [luminance(color), luminance(behind(element))].sort((x, y) => y - x)
      const size = Number.parseFloat(style.fontSize)
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700)
      found.push({ text: text.slice(0, 30), ratio: (a + 0.05) / (b + 0.05), minimum: large ? 3 : 4.5 })
    }
  }
  return found
})

describe('the briefing theme, as the room sees it', () => {
  it('gives every text WCAG AA contrast against what is behind it, on every slide', async () => {
    const total = await page.evaluate(() => (window as unknown as { Reveal: Reveal }).Reveal.getTotalSlides())
    const failing: string[] = []
    let checked = 0
    for (let h = 0; h < total; h++) {
      await show(h)
      for (const text of await contrasts()) {
        checked++
        if (text.ratio < text.minimum) failing.push(`slide ${h + 1}: “${text.text}” ${text.ratio.toFixed(2)} < ${text.minimum}`)
      }
    }
    expect(checked).toBeGreaterThan(40)
    expect(failing).toEqual([])
  })

  it('pins content slides’ titles at one height, whatever is under them; a title slide keeps its own layout', async () => {
    const tops: number[] = []
    for (const h of [1, 2, 3, 4]) {
      await show(h)
      tops.push(await page.evaluate(() => document.querySelector('section.present h2')!.getBoundingClientRect().top))
    }
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(1)
    await show(0)
    const titleTop = await page.evaluate(() => document.querySelector('section.present h1')!.getBoundingClientRect().top)
    expect(titleTop).toBeGreaterThan(tops[0] + 100)
  })

  it('sets code at 24 px or more on a 1280×720 screen, with line highlights the width of the block', async () => {
    await show(2)
    const code = await page.evaluate(() => {
      const scale = (window as unknown as { Reveal: Reveal }).Reveal.getScale()
      const block = document.querySelector('section.present pre code')!
      const rows = [...block.querySelectorAll('tr')].map((tr) => tr.getBoundingClientRect().width)
      return { px: Number.parseFloat(getComputedStyle(block).fontSize) * scale, width: block.getBoundingClientRect().width, rows }
    })
    expect(code.px).toBeGreaterThanOrEqual(24)
    expect(code.rows.length).toBeGreaterThan(0)
    for (const row of code.rows) expect(row).toBeGreaterThan(code.width * 0.9)
  })

  it('keeps the slide number clear of the navigation arrows', async () => {
    await show(1)
    const boxes = await page.evaluate(() => [document.querySelector('.reveal .slide-number')!, ...document.querySelectorAll('.reveal .controls button.enabled')]
      .map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom]))
    const [number, ...arrows] = boxes
    expect(arrows.length).toBeGreaterThan(0)
    for (const arrow of arrows) expect(number[2] <= arrow[0] || arrow[2] <= number[0] || number[3] <= arrow[1] || arrow[3] <= number[1]).toBe(true)
  })
})
