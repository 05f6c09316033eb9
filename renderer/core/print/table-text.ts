import { SLIDE_CONTENT_SCALE, SLIDE_WIDTH } from '../slide/static-slide'

/** The smallest table text a handout prints, in points: smaller is hard to read on paper. */
export const MIN_TABLE_PT = 8
/** Chromium prints 96 CSS pixels to the inch, and an inch is 72 points. */
const PT_PER_PX = 72 / 96

/**
 * The size table text prints at, in points, on a slide drawn `slideWidth` CSS pixels wide: the
 * theme's table font size (CSS pixels on the 1280 px slide) scaled with the slide and its content box.
 */
export function tableTextPt(tableFontPx: number, slideWidth: number): number {
  return tableFontPx * (slideWidth / SLIDE_WIDTH) * SLIDE_CONTENT_SCALE * PT_PER_PX
}

/** The narrowest a slide with a table may be drawn, in CSS pixels, for its table text to print at MIN_TABLE_PT or more. */
export function readableTableWidth(tableFontPx: number): number {
  return (MIN_TABLE_PT / (tableFontPx * SLIDE_CONTENT_SCALE * PT_PER_PX)) * SLIDE_WIDTH
}

/**
 * The narrowest a slide may be drawn on a handout: a slide with a table at its readable width, any
 * other slide as small as the layout likes (0). The slide's HTML is sanitised and serialised, so a
 * `<table` in it is a table element, never text (text has its `<` escaped).
 */
export function minimumSlideWidth(slideHtml: string, tableFontPx: number): number {
  return /<table[\s>]/i.test(slideHtml) ? readableTableWidth(tableFontPx) : 0
}
