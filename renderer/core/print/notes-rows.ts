import { type Box, LABEL_HEIGHT, ROW_GAP, handoutBody, slideHeight, slideWidth } from './handout-geometry'
import { NOTES_LINE_PX, notesHeight, splitNotes } from './notes-height'
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
/** The least room worth starting a slide's notes in, when they go on over the next pages (four lines). */
export const MIN_NOTES_START = 4 * NOTES_LINE_PX

/**
 * The slide + notes handout, page by page. Every page has the same form, the slide over its notes:
 * two slides a page when both notes fit under slides at least MIN_SLIDE_SHARE of the width (as
 * wide as the notes leave room for, up to the whole width) and a table's text stays readable. When
 * only the first one's notes fit, the second one's start under it and go on over pages of notes.
 * Otherwise a slide has the page to itself, across it, its notes continued on further pages.
 */
export function notesRows(slides: readonly NotesSlide[], page: PageBox): NotesRow[][] {
  const body = handoutBody(page)
  const pages: NotesRow[][] = []
  for (let i = 0; i < slides.length; i++) {
    const pair = i + 1 < slides.length ? pairPages(slides, i, body) : null
    if (pair) {
      pages.push(...pair)
      i++
    } else {
      pages.push(...alonePages(slides[i], i, body))
    }
  }
  return pages
}

/** Slides `i` and `i + 1` on one page (and the second one's notes continued), or null when they leave each other too little room. */
function pairPages(slides: readonly NotesSlide[], i: number, body: Box): NotesRow[][] | null {
  const [first, second] = [slides[i], slides[i + 1]]
  const needs = [notesHeight(first.notesHtml, body.w), notesHeight(second.notesHtml, body.w)]
  const fixed = 2 * LABEL_HEIGHT + ROW_GAP
  const least = Math.min(body.w, Math.max(body.w * MIN_SLIDE_SHARE, first.minWidth, second.minWidth))
  const width = Math.min(body.w, slideWidth((body.h - fixed - needs[0] - needs[1]) / 2))
  if (width >= least) {
    // What the slides leave is shared out between the two notes boxes, so the page is filled.
    const spare = (body.h - fixed - needs[0] - needs[1] - 2 * slideHeight(width)) / 2
    const top = slideRow(i, first.notesHtml, body, body.y, width, needs[0] + spare)
    return [[top, slideRow(i + 1, second.notesHtml, body, below(top), width, needs[1] + spare)]]
  }
  const room = body.h - fixed - 2 * slideHeight(least) - needs[0]
  if (room < MIN_NOTES_START) return null
  const [start, ...rest] = splitNotes(second.notesHtml, body.w, room, body.h - LABEL_HEIGHT)
  if (notesHeight(start, body.w) > room) return null
  const top = slideRow(i, first.notesHtml, body, body.y, least, needs[0])
  return [[top, slideRow(i + 1, start, body, below(top), least, room)], ...continuedPages(i + 1, rest, body)]
}

/** One slide across the page, its notes under it, and pages of notes after when they do not fit. */
function alonePages(slide: NotesSlide, index: number, body: Box): NotesRow[][] {
  const under = body.h - slideHeight(body.w) - LABEL_HEIGHT
  const [first, ...rest] = splitNotes(slide.notesHtml, body.w, under, body.h - LABEL_HEIGHT)
  return [[slideRow(index, first, body, body.y, body.w, under)], ...continuedPages(index, rest, body)]
}

/** Pages holding nothing but the rest of a slide's notes, one part a page. */
function continuedPages(slide: number, parts: readonly string[], body: Box): NotesRow[][] {
  return parts.map((notesHtml) => [{
    slide, thumb: null, notesHtml,
    label: { x: body.x, y: body.y, w: body.w, h: LABEL_HEIGHT },
    notes: { x: body.x, y: body.y + LABEL_HEIGHT, w: body.w, h: body.h - LABEL_HEIGHT },
  }])
}

/** Where the next row starts: under this one's notes. */
function below(row: NotesRow): number {
  return row.notes.y + row.notes.h + ROW_GAP
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
