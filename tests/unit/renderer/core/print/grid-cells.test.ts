import { describe, expect, it } from 'vitest'
import { GRIDS, LINED_SLIDE_SHARE, gridCells, gridPlan, rowsFor } from '../../../../../renderer/core/print/grid-cells'
import { type Box, handoutBody, slideHeight } from '../../../../../renderer/core/print/handout-geometry'
import { PER_PAGE, type PrintSize, printPageSize } from '../../../../../renderer/core/print/page-geometry'
import { readableTableWidth, tableTextPt } from '../../../../../renderer/core/print/table-text'

const SIZES: PrintSize[] = ['a4', 'letter']
const page = (size: PrintSize) => printPageSize('per-page-2', size)
const bottom = (box: Box) => box.y + box.h
const inside = (box: Box, body: Box) =>
  box.x >= body.x - 1e-6 && box.y >= body.y - 1e-6 && box.x + box.w <= body.x + body.w + 1e-6 && bottom(box) <= bottom(body) + 1e-6
const overlap = (a: Box, b: Box) => a.x < b.x + b.w - 1e-6 && b.x < a.x + a.w - 1e-6 && a.y < bottom(b) - 1e-6 && b.y < bottom(a) - 1e-6
/** The briefing theme's table text (34 px × 0.8). */
const TABLE_PX = 27.2

describe('gridCells', () => {
  it('gives each layout its number of cells, row by row, inside the page body and apart from each other', () => {
    for (const size of SIZES) {
      const body = handoutBody(page(size))
      for (const perPage of PER_PAGE) {
        const cells = gridCells(page(size), perPage)
        expect(cells).toHaveLength(perPage)
        const boxes = cells.flatMap((cell) => [cell.thumb, cell.label, ...(cell.lines ? [cell.lines] : [])])
        for (const box of boxes) expect(inside(box, body)).toBe(true)
        for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false)
        for (const cell of cells) expect(cell.thumb.h).toBeCloseTo(slideHeight(cell.thumb.w), 9)
        const order = cells.map((cell) => [cell.thumb.y, cell.thumb.x])
        expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]))
      }
    }
  })

  it('draws 2 a page across the width, 6 in two columns, and 3 beside ruled lines as tall as their row', () => {
    const body = handoutBody(page('a4'))
    expect(gridCells(page('a4'), 2)[0].thumb.w).toBeCloseTo(body.w, 6)
    expect(gridCells(page('a4'), 6)[0].thumb.w).toBeLessThan(body.w / 2)
    const [lined] = gridCells(page('a4'), 3)
    expect(lined.thumb.w).toBeCloseTo(body.w * LINED_SLIDE_SHARE, 6)
    expect(lined.lines!.x).toBeGreaterThan(lined.thumb.x + lined.thumb.w)
    expect(lined.lines!.h).toBeGreaterThan(lined.thumb.h)
    expect(GRIDS[2].lines || GRIDS[6].lines).toBe(false)
  })
})

describe('gridPlan', () => {
  const plain = (n: number) => Array.from({ length: n }, () => ({ minWidth: 0 }))

  it('fills each page in deck order, the last one as far as the slides go', () => {
    for (const perPage of PER_PAGE) {
      const pages = gridPlan(plain(7), page('letter'), perPage)
      expect(pages.map((placed) => placed.length)).toEqual(perPage === 2 ? [2, 2, 2, 1] : perPage === 3 ? [3, 3, 1] : [6, 1])
      expect(pages.flat().map((placed) => placed.slide)).toEqual([0, 1, 2, 3, 4, 5, 6])
    }
  })

  it('keeps table text at 8 pt or more in every layout and size: a table slide spans whole rows across the page', () => {
    const slides = [{ minWidth: 0 }, { minWidth: readableTableWidth(TABLE_PX) }, { minWidth: 0 }, { minWidth: 0 }]
    for (const size of SIZES) {
      for (const perPage of PER_PAGE) {
        const placed = gridPlan(slides, page(size), perPage).flat()
        expect(placed.map((p) => p.slide)).toEqual([0, 1, 2, 3])
        expect(tableTextPt(TABLE_PX, placed[1].cell.thumb.w)).toBeGreaterThanOrEqual(8)
        // The grid's own cells are too small for it in 3 and 6 a page: the check above is not idle.
        if (perPage !== 2) expect(tableTextPt(TABLE_PX, gridCells(page(size), perPage)[0].thumb.w)).toBeLessThan(8)
      }
    }
  })

  it('starts a spanning slide on a new row, and on a new page when too few rows are left', () => {
    const table = { minWidth: readableTableWidth(TABLE_PX) }
    expect(rowsFor(page('a4'), 6, table.minWidth)).toBe(2)
    expect(rowsFor(page('a4'), 3, table.minWidth)).toBe(2)
    const body = handoutBody(page('a4'))
    // 6 a page: one slide in the first row, the table across the two rows left.
    const six = gridPlan([{ minWidth: 0 }, table, { minWidth: 0 }], page('a4'), 6)
    expect(six.map((placed) => placed.map((p) => p.slide))).toEqual([[0, 1], [2]])
    expect(six[0][1].cell.thumb.w).toBeCloseTo(body.w, 6)
    expect(six[0][1].cell.thumb.y).toBeGreaterThan(bottom(six[0][0].cell.label))
    // 3 a page: two slides leave one row, too few for the table.
    const three = gridPlan([{ minWidth: 0 }, { minWidth: 0 }, table, { minWidth: 0 }], page('a4'), 3)
    expect(three.map((placed) => placed.map((p) => p.slide))).toEqual([[0, 1], [2, 3]])
    expect(three[1][0].cell.lines!.y).toBeGreaterThan(bottom(three[1][0].cell.label))
    expect(three[1][1].cell.thumb.y).toBeGreaterThan(bottom(three[1][0].cell.lines!) - 1e-6)
  })

  it('gives a slide that even the whole page draws too small a page of its own', () => {
    const pages = gridPlan([{ minWidth: 0 }, { minWidth: 10_000 }, { minWidth: 0 }], page('letter'), 6)
    expect(pages.map((placed) => placed.map((p) => p.slide))).toEqual([[0], [1], [2]])
    expect(pages[1][0].cell.thumb.w).toBeCloseTo(handoutBody(page('letter')).w, 6)
  })
})
