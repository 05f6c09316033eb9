import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BIN, ROOT, openDeck, startBrowser } from '../helpers/browser'

/**
 * The fragment trap, as the room would see it: every fragment step of every shipped deck, in
 * reveal.js in Chromium. A list item must never show its text with a hole where a fragment inside it
 * is still hidden (a fragment comment that landed on a bold word instead of the item), nor its bullet
 * alone while all its text is a hidden fragment.
 */
const DECKS = readdirSync(join(ROOT, 'slides')).filter((f) => f.endsWith('.md')).sort()
let dir: string
let browser: Browser
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-steps-'))
  browser = await startBrowser()
})
afterAll(async () => {
  await browser?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('every fragment step of the shipped decks', () => {
  it.each(DECKS)('%s never shows a list item with a hidden fragment inside it', async (deck) => {
    const html = join(dir, deck.replace(/\.md$/, '.html'))
    execFileSync(process.execPath, [BIN, 'build', join(ROOT, 'slides', deck), '-o', html, '-q'])
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await openDeck(page, `file://${html}`)
    const holes = await page.evaluate(() => {
      type Reveal = { getSlides(): HTMLElement[]; getIndices(s: HTMLElement): { h: number; v?: number }; slide(h: number, v: number, f: number): void }
      const reveal = (window as unknown as { Reveal: Reveal }).Reveal
      const hidden = (e: Element): boolean => e.closest('.fragment:not(.visible)') !== null
      const textOutside = (item: Element, hole: Element): boolean => {
        const walk = (node: Node): boolean => {
          if (node === hole) return false
          if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').trim() !== ''
          if (node instanceof Element && (node.tagName === 'UL' || node.tagName === 'OL' || hidden(node))) return false
          return [...node.childNodes].some(walk)
        }
        return [...item.childNodes].some(walk)
      }
      const found: string[] = []
      for (const slide of reveal.getSlides()) {
        const { h, v } = reveal.getIndices(slide)
        const steps = new Set([...slide.querySelectorAll('.fragment')].map((f) => Number(f.getAttribute('data-fragment-index')))).size
        for (let f = -1; f < steps; f++) {
          reveal.slide(h, v ?? 0, f)
          for (const hole of slide.querySelectorAll('.fragment:not(.visible)')) {
            // The item the hidden fragment sits in (a nested list's item is its own item).
            const item = hole.parentElement?.closest('li')
            if (!item || hole.tagName === 'LI' || hidden(item)) continue
            // Text beside the hole, or no text at all: a bullet alone on its line.
            const alone = !textOutside(item, hole) && ![...item.childNodes].some((n) => n !== hole && (n.textContent ?? '').trim() !== '' && !(n instanceof Element && hidden(n)))
            if (textOutside(item, hole) || alone) found.push(`slide ${h + 1}${v ? `.${v + 1}` : ''} step ${f + 1}: “${(item.textContent ?? '').trim().slice(0, 50)}”${alone ? ' (a bullet alone)' : ''}`)
          }
        }
      }
      return found
    })
    await page.close()
    expect(holes).toEqual([])
  })
})
