import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PNG } from 'pngjs'
import { ROOT, briefdeck } from '../helpers/browser'
import { type PixelBox, type RGB, colorBoxes, rowShare } from '../helpers/color-boxes'
import { pdfImages, pdfInfo, pdfText, pdfWords, renderPage } from '../helpers/pdf'

/**
 * Every handout layout, on A4 and Letter, through the real CLI, Chromium and poppler: a deck with a
 * local PNG, a table and a 14-item list, each slide on a teal background (#0f766e).
 */
const DECK = join(ROOT, 'tests/fixtures/decks/handouts/deck.md')
const TEAL: RGB = [0x0f, 0x76, 0x6e]
const LAYOUTS: Record<string, string[]> = {
  handout: ['--layout', 'handout'],
  'handout --no-notes': ['--layout', 'handout', '--no-notes'],
  'per-page 2': ['--per-page', '2'],
  'per-page 3': ['--per-page', '3'],
  'per-page 6': ['--per-page', '6'],
}
const ITEMS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen']
/** Noto Sans's ascent + descent per em: poppler's word boxes are this many times the font size high. */
const NOTO_BOX_EM = (1069 + 293) / 1000

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-handouts-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe.each(['a4', 'letter'])('handouts on %s', (size) => {
  describe.each(Object.keys(LAYOUTS))('%s', (name) => {
    let pdf: string
    beforeAll(() => {
      pdf = join(dir, `${name.replace(/\W+/g, '-')}-${size}.pdf`)
      briefdeck(['export', DECK, '-o', pdf, '--size', size, '-q', ...LAYOUTS[name]])
    })

    it('prints the slide’s PNG', () => {
      expect(pdfImages(pdf)).toContainEqual(expect.objectContaining({ width: 480, height: 270 }))
    })

    it('prints the table’s cells and all 14 list items as text', () => {
      const text = pdfText(pdf).replace(/\s+/g, ' ')
      for (const cell of ['Partner', 'Tokyo cell', '22.8', '3.1%', 'Delhi cell', '17.4', 'Seoul cell', '25.1', '4.0%']) expect(text).toContain(cell)
      for (const item of ITEMS) expect(text).toMatch(new RegExp(`Item ${item}\\b`))
    })

    it('prints table text at 8 pt or more (measured on the page head, 8.25 pt, as a control)', () => {
      const words = pdfWords(pdf)
      const pt = (text: string) => words.filter((w) => w.text === text).map((w) => w.height / NOTO_BOX_EM)
      // The head's deck title is 11 CSS px: if this reading were off, the check below would mean nothing.
      for (const head of pt('fixture')) expect(head).toBeCloseTo(8.25, 1)
      const cells = ['Tokyo', 'Delhi', 'Seoul', 'Partner', '22.8', '3.1%'].flatMap(pt)
      expect(cells.length).toBeGreaterThanOrEqual(6)
      for (const size of cells) expect(size).toBeGreaterThanOrEqual(7.95)
    })

    it('draws each slide’s background down to the bottom of its 16:9 box', () => {
      const pages = Number(pdfInfo(pdf).Pages)
      const slides = Array.from({ length: pages }, (_, i) => renderPage(pdf, i + 1, 72)).flatMap((image) => colorBoxes(image, TEAL).map((box) => ({ box, image })))
      expect(slides).toHaveLength(3)
      for (const { box, image } of slides) expect(fillsSlide(image, box)).toBe(true)
    })
  })
})

/** Whether a background region is a whole slide: 16:9 (within 3 %), and the background along its bottom row. */
function fillsSlide(image: PNG, box: PixelBox): boolean {
  const ratio = (box.right - box.left + 1) / (box.bottom - box.top + 1)
  return Math.abs(ratio - 16 / 9) / (16 / 9) < 0.03 && rowShare(image, box, box.bottom, TEAL) > 0.9
}

describe('the background check', () => {
  it('fails on a slide whose background stops 20 % short (a control for the check above)', () => {
    const pdf = join(dir, 'control.pdf')
    briefdeck(['export', DECK, '-o', pdf, '--per-page', '2', '-q'])
    const image = renderPage(pdf, 1, 72)
    const slides = colorBoxes(image, TEAL)
    expect(slides.length).toBeGreaterThan(0)
    expect(slides.every((slide) => fillsSlide(image, slide))).toBe(true)
    const [box] = slides
    // Paint the bottom fifth of the slide white, as the band looked.
    for (let y = box.bottom - Math.floor((box.bottom - box.top) * 0.2); y <= box.bottom; y++) {
      image.data.fill(255, (y * image.width + box.left) * 4, (y * image.width + box.right + 1) * 4)
    }
    expect(colorBoxes(image, TEAL).every((slide) => fillsSlide(image, slide))).toBe(false)
  })
})
