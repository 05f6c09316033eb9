import type { Deck, Slide } from '../deck/deck'
import { appendChild, isText, parseHtml, serializeHtml, textContent } from '../html/html-tree'
import { escapeHtml } from '../html/escape-html'
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../slide/static-slide'
import { type PrintPage, slideMark, withChapterMark } from './outline'
import { PAGE_MARGIN, type PageBox, px } from './page-geometry'
import { pageFooter } from './page-footer'
import { placedSlide } from './slide-pages'
import { type HighlightCode, toPrintSlide } from './print-slide'

/** Notes up to this many characters leave room for a second slide on a handout page. */
export const SHORT_NOTES = 480
/** About how many characters of notes fit under a slide on a handout page, and on a page of its own. */
export const NOTES_UNDER_SLIDE = 2000
export const NOTES_FULL_PAGE = 4200

/**
 * A deck as handout pages: each slide above its speaker notes, two slides side by side when both
 * have short notes, and notes too long for one page continued on further pages.
 */
export function handoutPages(deck: Deck, page: PageBox, highlight?: HighlightCode): PrintPage[] {
  const width = page.w - 2 * PAGE_MARGIN
  const head = `<header class="bd-handout-head"><span>${escapeHtml(deck.title)}</span><span>${escapeHtml(deck.meta.date ?? '')}</span></header>`
  const handoutPage = (body: string): string => `<div class="bd-page bd-handout-page">${head}${body}${pageFooter(deck.title, false)}</div>`
  const thumb = (slide: Slide, w: number): string => {
    const scale = w / SLIDE_WIDTH
    const prepared = toPrintSlide(slide.html, highlight)
    return `<div class="bd-thumb" style="width:${px(w)};height:${px(SLIDE_HEIGHT * scale)}">` +
      `${placedSlide(deck, slide, prepared.htmlAt(prepared.steps), `transform:scale(${scale.toFixed(5)})`)}</div>`
  }
  const label = (s: Slide): string => `<div class="bd-slide-label">Slide ${s.index + 1} of ${deck.slides.length}${s.title ? ` · ${escapeHtml(s.title)}` : ''}</div>`
  const pages: PrintPage[] = []
  for (let i = 0; i < deck.slides.length; i++) {
    const slide = deck.slides[i]
    const next = deck.slides[i + 1]
    if (next && slide.notes.length <= SHORT_NOTES && next.notes.length <= SHORT_NOTES) {
      const pair = [slide, next].map((s) => `<div class="bd-pair">${thumb(s, width * 0.56)}<div class="bd-pair-notes">${label(s)}${notesBox(s.notesHtml)}</div></div>`)
      pages.push({ marks: [slideMark(slide), slideMark(next)], html: handoutPage(pair.join('')) })
      i++
      continue
    }
    const [first, ...rest] = splitNotes(slide.notesHtml)
    pages.push({ marks: [slideMark(slide)], html: handoutPage(`${thumb(slide, width)}${label(slide)}<div class="bd-single-notes">${notesBox(first)}</div>`) })
    for (const more of rest) {
      pages.push({ marks: [], html: handoutPage(`<div class="bd-slide-label">Slide ${slide.index + 1}, notes continued</div><div class="bd-full-notes">${notesBox(more)}</div>`) })
    }
  }
  return withChapterMark(pages, deck.title)
}

function notesBox(html: string): string {
  return `<div class="bd-notes">${html === '' ? '<p class="bd-no-notes">No speaker notes.</p>' : html}</div>`
}

/**
 * Splits long notes at their top-level blocks so each part fits its page: under the slide, then
 * full pages. The notes are parsed, never cut as text: a `</p>` inside an attribute stays inside it.
 */
export function splitNotes(notesHtml: string): string[] {
  const parts: string[] = []
  let current = parseHtml('')
  let length = 0
  for (const block of [...parseHtml(notesHtml).childNodes]) {
    // Whitespace between blocks means nothing; leaving it out keeps parts from starting or ending with it.
    if (isText(block) && block.value.trim() === '') continue
    const size = textContent(block).length
    const budget = parts.length === 0 ? NOTES_UNDER_SLIDE : NOTES_FULL_PAGE
    if (current.childNodes.length > 0 && length + size > budget) {
      parts.push(serializeHtml(current))
      current = parseHtml('')
      length = 0
    }
    appendChild(current, block)
    length += size
  }
  parts.push(serializeHtml(current))
  return parts
}
