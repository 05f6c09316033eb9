import { type Box, COLUMN_GAP, LABEL_HEIGHT, ROW_GAP, handoutBody, slideHeight, slideWidth } from './handout-geometry'
import type { PageBox, PerPage } from './page-geometry'

/** How each slides-only handout lays its page out: a grid, and whether each slide has ruled lines beside it. */
export const GRIDS: Record<PerPage, { columns: number; rows: number; lines: boolean }> = {
  2: { columns: 1, rows: 2, lines: false },
  3: { columns: 1, rows: 3, lines: true },
  6: { columns: 2, rows: 3, lines: false },
}
/** Beside ruled lines a slide takes this share of the width, leaving the rest to write in (PowerPoint's "3 slides"). */
export const LINED_SLIDE_SHARE = 0.58

/** Where one slide goes on a slides-only handout page: the slide, its label, and ruled lines if any. */
export interface GridCell {
  thumb: Box
  label: Box
  lines: Box | null
}

/** One slide's place on a page: the slide's index in the deck, and its cell. */
export interface Placed {
  slide: number
  cell: GridCell
}

interface Grid {
  body: Box
  columns: number
  rows: number
  lines: boolean
  cellW: number
  cellH: number
}

function gridOf(page: PageBox, perPage: PerPage): Grid {
  const body = handoutBody(page)
  const { columns, rows, lines } = GRIDS[perPage]
  return { body, columns, rows, lines, cellW: (body.w - (columns - 1) * COLUMN_GAP) / columns, cellH: (body.h - (rows - 1) * ROW_GAP) / rows }
}

/** The cells of a page of `perPage` slides, row by row: each slide as large as its cell allows, centred in its height. */
export function gridCells(page: PageBox, perPage: PerPage): GridCell[] {
  const grid = gridOf(page, perPage)
  const w = Math.min(grid.lines ? grid.cellW * LINED_SLIDE_SHARE : grid.cellW, slideWidth(grid.cellH - LABEL_HEIGHT))
  const cells: GridCell[] = []
  for (let row = 0; row < grid.rows; row++) {
    for (let column = 0; column < grid.columns; column++) {
      const x = grid.body.x + column * (grid.cellW + COLUMN_GAP)
      const y = grid.body.y + row * (grid.cellH + ROW_GAP)
      const thumb = { x: x + (grid.lines ? 0 : (grid.cellW - w) / 2), y: y + (grid.cellH - slideHeight(w) - LABEL_HEIGHT) / 2, w, h: slideHeight(w) }
      cells.push({
        thumb,
        label: { x: thumb.x, y: thumb.y + thumb.h, w, h: LABEL_HEIGHT },
        lines: grid.lines ? { x: x + w + COLUMN_GAP, y, w: grid.cellW - w - COLUMN_GAP, h: grid.cellH } : null,
      })
    }
  }
  return cells
}

/**
 * A cell across the page over `rows` rows from `row`, for a slide its grid draws too small: the slide
 * as wide as those rows let it be, up to the whole width; in a lined grid the lines go under it.
 */
export function spanCell(page: PageBox, perPage: PerPage, row: number, rows: number): GridCell {
  const grid = gridOf(page, perPage)
  const y = grid.body.y + row * (grid.cellH + ROW_GAP)
  const height = rows * grid.cellH + (rows - 1) * ROW_GAP
  const w = Math.min(grid.body.w, slideWidth(height - LABEL_HEIGHT))
  const used = slideHeight(w) + LABEL_HEIGHT
  const thumb = { x: grid.body.x + (grid.body.w - w) / 2, y: grid.lines ? y : y + (height - used) / 2, w, h: slideHeight(w) }
  const linesTop = used + ROW_GAP
  return {
    thumb,
    label: { x: thumb.x, y: thumb.y + thumb.h, w, h: LABEL_HEIGHT },
    lines: grid.lines && height - linesTop >= 2 * ROW_GAP ? { x: grid.body.x, y: y + linesTop, w: grid.body.w, h: height - linesTop } : null,
  }
}

/** How many rows a slide that must be drawn at least `minWidth` wide spans: the whole page if even that is too few. */
export function rowsFor(page: PageBox, perPage: PerPage, minWidth: number): number {
  const grid = gridOf(page, perPage)
  for (let rows = 1; rows < grid.rows; rows++) {
    if (Math.min(grid.body.w, slideWidth(rows * grid.cellH + (rows - 1) * ROW_GAP - LABEL_HEIGHT)) >= minWidth) return rows
  }
  return grid.rows
}

/**
 * Which slide goes in which cell, page by page, in deck order. A slide its cell would draw narrower
 * than its `minWidth` (a table whose text would print under 8 pt) spans whole rows across the page
 * instead, as many as it needs (all of them: a page of its own), starting on a new row, or on a new
 * page when the rows left are too few. The order never changes, so a page may end with empty cells.
 */
export function gridPlan(slides: ReadonlyArray<{ minWidth: number }>, page: PageBox, perPage: PerPage): Placed[][] {
  const cells = gridCells(page, perPage)
  const { columns, rows } = GRIDS[perPage]
  const pages: Placed[][] = []
  let current: Placed[] = []
  let next = 0
  const newPage = (): void => {
    if (current.length > 0) pages.push(current)
    current = []
    next = 0
  }
  slides.forEach((slide, index) => {
    if (slide.minWidth <= cells[0].thumb.w) {
      if (next === cells.length) newPage()
      current.push({ slide: index, cell: cells[next++] })
      return
    }
    const span = rowsFor(page, perPage, slide.minWidth)
    if (Math.ceil(next / columns) + span > rows) newPage()
    const row = Math.ceil(next / columns)
    current.push({ slide: index, cell: spanCell(page, perPage, row, span) })
    next = (row + span) * columns
  })
  newPage()
  return pages
}
