import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BIN, openDeck, startBrowser } from '../helpers/browser'
import { pdfText } from '../helpers/pdf'

/**
 * Overflow is never silent: a slide taller than the slide is measured in the real rendering and
 * reported by build and export (file, line, slide), --strict fails on it, and `fit: shrink` draws it
 * whole everywhere: in the room, in built pages and on paper.
 */
const ITEMS = Array.from({ length: 14 }, (_, i) => `- Item number ${i + 1} with some words to fill the line`).join('\n')
const deck = (front: string) => `---\ntitle: Overflow\n${front}---\n\n# Title\n\n---\n\n## Fourteen items\n\n${ITEMS}\n\n---\n\n## Short\n\nOne line.\n`

let dir: string
let browser: Browser
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-overflow-'))
  writeFileSync(join(dir, 'long.md'), deck(''))
  writeFileSync(join(dir, 'fit.md'), deck('fit: shrink\n'))
  writeFileSync(join(dir, 'one.md'), deck('').replace('## Fourteen items', '<!-- .slide: data-fit -->\n## Fourteen items'))
  browser = await startBrowser()
})
afterAll(async () => {
  await browser?.close()
  rmSync(dir, { recursive: true, force: true })
})

function briefdeck(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Where the last item ends and where the slide ends, in the built page as reveal.js shows it. */
async function lastItemInRoom(html: string): Promise<{ itemBottom: number; slideBottom: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  await openDeck(page, `file://${html}`)
  await page.evaluate(() => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(1))
  await page.waitForFunction(() => document.querySelector('section.present h2')?.textContent === 'Fourteen items')
  // The page fits slides once its fonts are in.
  await page.evaluate(() => document.fonts.ready)
  const found = await page.evaluate(() => {
    const slides = document.querySelector('.reveal .slides')!.getBoundingClientRect()
    const items = document.querySelectorAll('section.present li')
    return { itemBottom: items[items.length - 1].getBoundingClientRect().bottom, slideBottom: slides.bottom }
  })
  await page.close()
  return found
}

describe('overflow is never silent', () => {
  it('export warns naming the file, line and slide, and counts it in --json', () => {
    const run = briefdeck(['export', join(dir, 'long.md'), '-o', join(dir, 'long.pdf'), '--json'])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toMatch(new RegExp(`${join(dir, 'long.md').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:9: warning: slide 2 \\(“Fourteen items”\\) overflows`))
    expect(JSON.parse(run.stdout).warnings).toBe(1)
    // Paper never loses text: every item is in the text layer, shrunk.
    expect(pdfText(join(dir, 'long.pdf')).match(/Item number \d+/g)).toHaveLength(14)
  })

  it('build warns the same, measured the same way', () => {
    const run = briefdeck(['build', join(dir, 'long.md'), '-o', join(dir, 'long.html')])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toContain('long.md:9: warning: slide 2 (“Fourteen items”) overflows')
  })

  it('--strict makes the warning fail with exit 65, and nothing is written', () => {
    for (const [command, out] of [['export', 'strict.pdf'], ['build', 'strict.html']]) {
      const run = briefdeck([command, join(dir, 'long.md'), '-o', join(dir, out), '--strict'])
      expect(run.code, run.stderr).toBe(65)
      expect(run.stderr).toContain('and --strict; nothing written')
      expect(existsSync(join(dir, out))).toBe(false)
    }
  })

  it('`fit: shrink` (or data-fit on the slide) draws all fourteen items, on paper and in the room, without a warning', async () => {
    for (const name of ['fit', 'one']) {
      const exported = briefdeck(['export', join(dir, `${name}.md`), '-o', join(dir, `${name}.pdf`), '--strict', '--json'])
      expect(exported.code, exported.stderr).toBe(0)
      expect(JSON.parse(exported.stdout).warnings).toBe(0)
      expect(pdfText(join(dir, `${name}.pdf`)).match(/Item number \d+/g)).toHaveLength(14)
      const built = briefdeck(['build', join(dir, `${name}.md`), '-o', join(dir, `${name}.html`), '--strict'])
      expect(built.code, built.stderr).toBe(0)
      const room = await lastItemInRoom(join(dir, `${name}.html`))
      expect(room.itemBottom).toBeLessThanOrEqual(room.slideBottom)
    }
    // Without it, the room does not see the last items: what the warning says.
    const room = await lastItemInRoom(join(dir, 'long.html'))
    expect(room.itemBottom).toBeGreaterThan(room.slideBottom)
  })

  it('warns when a slide does not fit even at the smallest readable size', () => {
    const huge = Array.from({ length: 40 }, (_, i) => `- Line ${i + 1}`).join('\n')
    writeFileSync(join(dir, 'huge.md'), `---\nfit: shrink\n---\n\n## Too much\n\n${huge}\n`)
    const run = briefdeck(['export', join(dir, 'huge.md'), '-o', join(dir, 'huge.pdf')])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/huge\.md:5: warning: slide 1 \(“Too much”\) does not fit even shrunk to 60 %/)
  })
})
