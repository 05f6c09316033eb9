import { describe, expect, it } from 'vitest'
import { type Box, handoutBody, slideHeight } from '../../../../../renderer/core/print/handout-geometry'
import { MIN_SLIDE_SHARE, type NotesSlide, notesRows } from '../../../../../renderer/core/print/notes-rows'
import { printPageSize } from '../../../../../renderer/core/print/page-geometry'

const a4 = printPageSize('handout', 'a4')
const letter = printPageSize('handout', 'letter')
const long: NotesSlide = { notesHtml: Array.from({ length: 25 }, (_, i) => `<p>Paragraph ${i} ${'word '.repeat(80)}</p>`).join(''), minWidth: 0 }
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

  it('gives a slide with long notes the page across, its notes continued on pages of their own', () => {
    const body = handoutBody(letter)
    const pages = notesRows([long, notes(20), notes(20)], letter)
    expect(pages[0].map((row) => [row.slide, row.thumb === null])).toEqual([[0, false]])
    expect(pages[0][0].thumb!.w).toBeCloseTo(body.w, 6)
    const continued = pages.slice(1, -1)
    expect(continued.length).toBeGreaterThanOrEqual(1)
    for (const rows of continued) expect(rows.map((row) => [row.slide, row.thumb])).toEqual([[0, null]])
    expect(pages.at(-1)!.map((row) => row.slide)).toEqual([1, 2])
    expect(pages.flat().filter((row) => row.slide === 0).map((row) => row.notesHtml).join('')).toBe(long.notesHtml)
  })

  it('starts long notes under the slide before, rather than leave that one alone on a half-empty page', () => {
    const pages = notesRows([notes(20), long, notes(20)], a4)
    expect(pages[0].map((row) => row.slide)).toEqual([0, 1])
    expect(pages[0][1].notesHtml).not.toBe('')
    expect(bottom(pages[0][1].notes)).toBeCloseTo(bottom(handoutBody(a4)), 6)
    expect(pages[0][0].thumb!.w).toBeCloseTo(MIN_SLIDE_SHARE * handoutBody(a4).w, 6)
    expect(pages[1].map((row) => [row.slide, row.thumb])).toEqual([[1, null]])
    expect(pages.flat().filter((row) => row.slide === 1).map((row) => row.notesHtml).join('')).toBe(long.notesHtml)
    expect(pages.at(-1)!.map((row) => row.slide)).toEqual([2])
  })

  it('keeps the last slide in the same form as the others: a slide over its notes, at the top of its page', () => {
    const pages = notesRows([notes(30), notes(30), notes(30)], a4)
    const [last] = pages.at(-1)!
    expect(last.slide).toBe(2)
    expect(last.thumb!.y).toBeCloseTo(handoutBody(a4).y, 9)
    expect(last.notes.y).toBeGreaterThan(bottom(last.thumb!))
  })

  it('never draws a slide narrower than its minimum width (a table’s readable width)', () => {
    for (const page of [a4, letter]) {
      const body = handoutBody(page)
      for (const minWidth of [0.8 * body.w, 0.95 * body.w, body.w]) {
        const table = { ...notes(60), minWidth }
        for (const deck of [[notes(30), table], [table, notes(30)], [notes(30), { ...long, minWidth }], [notes(200), table, notes(200)]]) {
          const rows = notesRows(deck, page).flat().filter((row) => row.thumb !== null && deck[row.slide].minWidth > 0)
          expect(rows.length).toBeGreaterThan(0)
          for (const row of rows) expect(row.thumb!.w).toBeGreaterThanOrEqual(minWidth - 1e-9)
        }
      }
    }
  })
})
