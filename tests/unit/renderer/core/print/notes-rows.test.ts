import { describe, expect, it } from 'vitest'
import { type Box, handoutBody, slideHeight } from '../../../../../renderer/core/print/handout-geometry'
import { MIN_SLIDE_SHARE, type NotesSlide, notesRows } from '../../../../../renderer/core/print/notes-rows'
import { printPageSize } from '../../../../../renderer/core/print/page-geometry'

const a4 = printPageSize('handout', 'a4')
const letter = printPageSize('handout', 'letter')
const notes = (words: number): NotesSlide => ({ notesHtml: words === 0 ? '' : `<p>${'word '.repeat(words).trim()}</p>`, minWidth: 0 })
const bottom = (box: Box) => box.y + box.h
const inside = (box: Box, body: Box) =>
  box.x >= body.x - 1e-6 && box.y >= body.y - 1e-6 && box.x + box.w <= body.x + body.w + 1e-6 && bottom(box) <= bottom(body) + 1e-6

describe('notesRows', () => {
  it('puts two slides with short notes on a page, each over its label and notes, filling the page', () => {
    for (const page of [a4, letter]) {
      const body = handoutBody(page)
      const pages = notesRows([notes(30), notes(40), notes(20), notes(35)], page)
      expect(pages.map((rows) => rows.map((row) => row.slide))).toEqual([[0, 1], [2, 3]])
      for (const rows of pages) {
        for (const row of rows) {
          expect(row.thumb).not.toBeNull()
          const thumb = row.thumb as Box
          expect(thumb.h).toBeCloseTo(slideHeight(thumb.w), 9)
          expect(row.label.y).toBeCloseTo(bottom(thumb), 9)
          expect(row.notes.y).toBeCloseTo(bottom(row.label), 9)
          for (const box of [thumb, row.label, row.notes]) expect(inside(box, body)).toBe(true)
        }
        expect(rows[1].thumb!.y).toBeGreaterThan(bottom(rows[0].notes))
        // The notes get what the slides leave: the page is used to its foot.
        expect(bottom(rows[1].notes)).toBeCloseTo(bottom(body), 6)
      }
    }
  })

  it('draws paired slides as wide as their notes allow: the whole width on A4 for short notes, never under the minimum share', () => {
    const body = handoutBody(a4)
    expect(notesRows([notes(30), notes(30)], a4)[0][0].thumb!.w).toBeCloseTo(body.w, 6)
    const longer = notesRows([notes(150), notes(150)], a4)[0]
    expect(longer.length).toBe(2)
    expect(longer[0].thumb!.w).toBeLessThan(body.w)
    expect(longer[0].thumb!.w).toBeGreaterThanOrEqual(MIN_SLIDE_SHARE * body.w)
    expect(longer[0].thumb!.w).toBe(longer[1].thumb!.w)
  })

  it('gives a slide whose notes need more room a page of its own, across the page, continued on further pages', () => {
    const body = handoutBody(letter)
    const long = { notesHtml: Array.from({ length: 25 }, (_, i) => `<p>Paragraph ${i} ${'word '.repeat(80)}</p>`).join(''), minWidth: 0 }
    const pages = notesRows([notes(20), long, notes(20)], letter)
    expect(pages[0].map((row) => row.slide)).toEqual([0])
    expect(pages[1].map((row) => [row.slide, row.thumb === null])).toEqual([[1, false]])
    expect(pages[1][0].thumb!.w).toBeCloseTo(body.w, 6)
    const continued = pages.slice(2, -1)
    expect(continued.length).toBeGreaterThanOrEqual(1)
    for (const rows of continued) expect(rows.map((row) => [row.slide, row.thumb])).toEqual([[1, null]])
    expect(pages.at(-1)!.map((row) => row.slide)).toEqual([2])
    expect(pages.flat().filter((row) => row.slide === 1).map((row) => row.notesHtml).join('')).toBe(long.notesHtml)
  })

  it('keeps the last slide in the same form as the others: a slide over its notes, at the top of its page', () => {
    const pages = notesRows([notes(30), notes(30), notes(30)], a4)
    const [last] = pages.at(-1)!
    expect(last.slide).toBe(2)
    expect(last.thumb!.y).toBeCloseTo(handoutBody(a4).y, 9)
    expect(last.notes.y).toBeGreaterThan(bottom(last.thumb!))
  })

  it('never draws a slide narrower than its minimum width (a table’s readable width): it goes alone instead', () => {
    const body = handoutBody(letter)
    const paired = notesRows([notes(30), notes(30)], letter)[0]
    const width = paired[0].thumb!.w
    expect(width).toBeLessThan(body.w)
    const table = { ...notes(30), minWidth: width + 1 }
    const pages = notesRows([notes(30), table], letter)
    expect(pages.map((rows) => rows.length)).toEqual([1, 1])
    expect(pages[1][0].thumb!.w).toBeGreaterThanOrEqual(table.minWidth)
  })
})
