import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../slide/static-slide'
import { PAGE_MARGIN, type PageBox } from './page-geometry'

/** A rectangle on a page, in CSS pixels from the page's top left corner. */
export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** The handout head: a line with the deck title and date, ruled under it. */
export const HEAD_LINE = 20
/** The head and the space under it, before the first slide. */
export const HEAD_HEIGHT = HEAD_LINE + 10
/** A slide's label under it (its number and title). */
export const LABEL_HEIGHT = 22
/** Space between two rows of slides, and between two columns. */
export const ROW_GAP = 18
export const COLUMN_GAP = 18
/** Ruled lines for the reader's notes: 26 px is about 7 mm, college ruling. */
export const RULE_SPACING = 26

/** The part of a handout page slides and notes go in: inside the margins, under the head. */
export function handoutBody(page: PageBox): Box {
  return { x: PAGE_MARGIN, y: PAGE_MARGIN + HEAD_HEIGHT, w: page.w - 2 * PAGE_MARGIN, h: page.h - 2 * PAGE_MARGIN - HEAD_HEIGHT }
}

/** The head's own box, at the top of the page's margins. */
export function handoutHead(page: PageBox): Box {
  return { x: PAGE_MARGIN, y: PAGE_MARGIN, w: page.w - 2 * PAGE_MARGIN, h: HEAD_LINE }
}

/** The height of a slide drawn `width` wide: slides keep their 16:9. */
export function slideHeight(width: number): number {
  return (width * SLIDE_HEIGHT) / SLIDE_WIDTH
}

/** The width of a slide drawn `height` high. */
export function slideWidth(height: number): number {
  return (height * SLIDE_WIDTH) / SLIDE_HEIGHT
}
