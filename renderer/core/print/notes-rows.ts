import { type Box, LABEL_HEIGHT, ROW_GAP, handoutBody, slideHeight, slideWidth } from './handout-geometry'
import { notesHeight, splitNotes } from './notes-height'
import type { PageBox } from './page-geometry'

/** What the layout needs to know of a slide: its notes, and how narrow it may be drawn (table-text.ts). */
export interface NotesSlide {
  notesHtml: string
  minWidth: number
}

/** One slide over its notes on a handout page; `thumb` is null where its notes continue on a later page. */
export interface NotesRow {
  /** The slide's index in the deck. */
  slide: number
  thumb: Box | null
  label: Box
  notes: Box
  notesHtml: string
}

/** Two slides share a page only if both are drawn at least this share of the page's width. */
export const MIN_SLIDE_SHARE = 0.75

/**
 * The slide + notes handout, page by page. Every page has the same form, the slide over its notes:
 * two slides a page when both notes fit under slides at least MIN_SLIDE_SHARE of the width (as
 * wide as the notes leave room for, up to the whole width) and a table's text stays readable, else one slide across the page with its
 * notes under it, continued on further pages when they are longer than the page.
 */
export function notesRows(slides: readonly NotesSlide[], page: PageBox): NotesRow[][] {
  const body = handoutBody(page)
  const pages: NotesRow[][] = []
  for (let i = 0; i < slides.length; i++) {
    const pair = i + 1 < slides.length ? pairPage(slides, i, body) : null
    if (pair) {
      pages.push(pair)
      i++
    } else {
      pages.push(...alonePages(slides[i], i, body))
    }
  }
  return pages
}

/** Slides `i` and `i + 1` on one page, or null when their notes leave them too little room. */
function pairPage(slides: readonly NotesSlide[], i: number, body: Box): NotesRow[] | null {
  const pair = [i, i + 1]
  const needs = pair.map((k) => notesHeight(slides[k].notesHtml, body.w))
  const fixed = 2 * LABEL_HEIGHT + ROW_GAP + needs[0] + needs[1]
  const width = Math.min(body.w, slideWidth((body.h - fixed) / 2))
  if (width < Math.max(body.w * MIN_SLIDE_SHARE, ...pair.map((k) => slides[k].minWidth))) return null
  // What the slides leave is shared out between the two notes boxes, so the page is filled.
  const spare = (body.h - fixed - 2 * slideHeight(width)) / 2
  let y = body.y
  return pair.map((k, j) => {
    const row = slideRow(k, slides[k].notesHtml, body, y, width, needs[j] + spare)
    y = row.notes.y + row.notes.h + ROW_GAP
    return row
  })
}

/** One slide across the page, its notes under it, and pages of notes after when they do not fit. */
function alonePages(slide: NotesSlide, index: number, body: Box): NotesRow[][] {
  const under = body.h - slideHeight(body.w) - LABEL_HEIGHT
  const [first, ...rest] = splitNotes(slide.notesHtml, body.w, under, body.h - LABEL_HEIGHT)
  return [
    [slideRow(index, first, body, body.y, body.w, under)],
    ...rest.map((notesHtml) => [{
      slide: index, thumb: null, notesHtml,
      label: { x: body.x, y: body.y, w: body.w, h: LABEL_HEIGHT },
      notes: { x: body.x, y: body.y + LABEL_HEIGHT, w: body.w, h: body.h - LABEL_HEIGHT },
    }]),
  ]
}

/** A slide `width` wide at `y`, with its label and a notes box `notesH` high under it across the body, all on the body's left edge. */
function slideRow(slide: number, notesHtml: string, body: Box, y: number, width: number, notesH: number): NotesRow {
  const h = slideHeight(width)
  return {
    slide, notesHtml,
    thumb: { x: body.x, y, w: width, h },
    label: { x: body.x, y: y + h, w: body.w, h: LABEL_HEIGHT },
    notes: { x: body.x, y: y + h + LABEL_HEIGHT, w: body.w, h: notesH },
  }
}
