import type { Deck } from '../deck/deck'
import { type PrintPage, slideMark, withChapterMark } from './outline'
import { type HandoutOptions, boxStyle, handoutSheet, labelText, slideLabel, talkLength, thumbnail } from './handout-sheet'
import { type NotesRow, notesRows } from './notes-rows'
import type { PageBox } from './page-geometry'
import { minimumSlideWidth } from './table-text'

/**
 * A deck as the slide + notes handout: each slide over its speaker notes, two a page when the notes
 * leave room (notes-rows.ts decides where everything goes), notes too long for a page continued.
 */
export function handoutPages(deck: Deck, page: PageBox, options: HandoutOptions): PrintPage[] {
  const slides = deck.slides.map((slide) => ({ notesHtml: slide.notesHtml, minWidth: minimumSlideWidth(slide.html, options.tableFontPx) }))
  const pages = notesRows(slides, page).map((rows): PrintPage => ({
    marks: rows.filter((row) => row.thumb !== null).map((row) => slideMark(deck.slides[row.slide])),
    html: handoutSheet(deck, page, rows.map((row) => rowHtml(deck, row, options)).join('')),
  }))
  return withChapterMark(pages, deck.title)
}

function rowHtml(deck: Deck, row: NotesRow, options: HandoutOptions): string {
  const slide = deck.slides[row.slide]
  const label = row.thumb ? labelText(slide, talkLength(deck.slides)) : `${slide.backup ? `Backup ${slide.backup}` : `Slide ${slide.index + 1}`}, notes continued`
  const notes = row.notesHtml === '' ? '<p class="bd-no-notes">No speaker notes.</p>' : row.notesHtml
  return (row.thumb ? thumbnail(deck, slide, row.thumb, options.highlight) : '') +
    slideLabel(label, row.label) + `<div class="bd-notes" style="${boxStyle(row.notes)}">${notes}</div>`
}
