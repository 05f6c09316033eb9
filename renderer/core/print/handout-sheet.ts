import type { Deck, Slide } from '../deck/deck'
import { escapeHtml } from '../html/escape-html'
import { SLIDE_WIDTH } from '../slide/static-slide'
import { type Box, RULE_SPACING, handoutHead } from './handout-geometry'
import { type PageBox, px } from './page-geometry'
import { pageFooter } from './page-footer'
import { type HighlightCode, toPrintSlide } from './print-slide'
import { placedSlide } from './slide-pages'

/** What every handout layout is given besides the deck and the page. */
export interface HandoutOptions {
  highlight?: HighlightCode
  /** The theme's table font size, in CSS pixels on the 1280 px slide: a table's text must stay readable (table-text.ts). */
  tableFontPx: number
}

/** A box as absolute CSS: every part of a handout page is placed where its layout computed it. */
export function boxStyle(box: Box): string {
  return `left:${px(box.x)};top:${px(box.y)};width:${px(box.w)};height:${px(box.h)}`
}

/** A handout page: the head (deck title and date), the page's slides and notes, and the footer. */
export function handoutSheet(deck: Deck, page: PageBox, body: string): string {
  const head = `<header class="bd-handout-head" style="${boxStyle(handoutHead(page))}"><span>${escapeHtml(deck.title)}</span><span>${escapeHtml(deck.meta.date ?? '')}</span></header>`
  return `<div class="bd-page bd-handout-page">${head}${body}${pageFooter(deck.title, false)}</div>`
}

/** A slide drawn into `box` (its 1280×720 frame scaled to the box's width), fragments in their final state. */
export function thumbnail(deck: Deck, slide: Slide, box: Box, highlight?: HighlightCode): string {
  const prepared = toPrintSlide(slide.html, highlight)
  const scale = box.w / SLIDE_WIDTH
  return `<div class="bd-thumb" style="${boxStyle(box)}">${placedSlide(deck, slide, prepared.htmlAt(prepared.steps), `transform:scale(${scale.toFixed(5)})`)}</div>`
}

/** A line of text under a slide: its number and title. */
export function slideLabel(text: string, box: Box): string {
  return `<div class="bd-slide-label" style="${boxStyle(box)}">${escapeHtml(text)}</div>`
}

/** Ruled lines filling `box`, RULE_SPACING apart, for the reader's own notes. */
export function ruledLines(box: Box): string {
  const count = Math.floor(box.h / RULE_SPACING)
  const rules = Array.from({ length: count }, (_, i) => `<div class="bd-rule" style="top:${px((i + 1) * RULE_SPACING - 1)}"></div>`)
  return `<div class="bd-lines" style="${boxStyle(box)}">${rules.join('')}</div>`
}

/**
 * A slide's label: "Slide 3 of 12 · Title" (`total`, the talk's slides, given) or "Slide 3 · Title";
 * a backup slide goes by its number, "Backup B1 · Title", as the presenter knows it.
 */
export function labelText(slide: Slide, total?: number): string {
  const title = slide.title ? ` · ${slide.title}` : ''
  return slide.backup ? `Backup ${slide.backup}${title}` : `Slide ${slide.index + 1}${total === undefined ? '' : ` of ${total}`}${title}`
}

/** How many slides the talk has: backup slides are not counted in "n of N". */
export function talkLength(slides: readonly Slide[]): number {
  return slides.filter((slide) => !slide.backup).length
}
