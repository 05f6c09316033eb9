import type { Deck } from '../deck/deck'
import { gridPlan } from './grid-cells'
import { type HandoutOptions, handoutSheet, labelText, ruledLines, slideLabel, thumbnail } from './handout-sheet'
import { type PrintPage, slideMark, withChapterMark } from './outline'
import type { PageBox, PerPage } from './page-geometry'
import { minimumSlideWidth } from './table-text'

/**
 * A deck as a slides-only handout of `perPage` slides a page (grid-cells.ts places them), each
 * with its number and title; `3` has ruled lines beside each slide for the reader's notes.
 */
export function perPagePages(deck: Deck, page: PageBox, perPage: PerPage, options: HandoutOptions): PrintPage[] {
  const slides = deck.slides.map((slide) => ({ minWidth: minimumSlideWidth(slide.html, options.tableFontPx) }))
  const pages = gridPlan(slides, page, perPage).map((placed): PrintPage => ({
    marks: placed.map(({ slide }) => slideMark(deck.slides[slide])),
    html: handoutSheet(deck, page, placed.map(({ slide, cell }) => {
      const s = deck.slides[slide]
      return thumbnail(deck, s, cell.thumb, options.highlight) + slideLabel(labelText(s), cell.label) + (cell.lines ? ruledLines(cell.lines) : '')
    }).join('')),
  }))
  return withChapterMark(pages, deck.title)
}
