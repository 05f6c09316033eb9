import type { Deck } from '../deck/deck'
import { BriefdeckError } from '../errors'
import { escapeHtml } from '../html/escape-html'
import { contentSecurityPolicy } from '../html/csp'
import type { InlineScript } from '../html/render-deck'
import { SLIDE_HEIGHT } from '../slide/static-slide'
import { type BookInfo, bookPages } from './book-pages'
import { handoutPages } from './handout-pages'
import type { HandoutOptions } from './handout-sheet'
import { type OutlineEntry, type PrintPage, toOutline } from './outline'
import { type PageBox, type PrintLayout, type PrintSize, isHandout, pageGeometryCss, printPageSize } from './page-geometry'
import { documentStamp, stampPages } from './page-stamps'
import { perPagePages } from './per-page-pages'
import { type SlidePageOptions, slidePages } from './slide-pages'

export type { BookInfo } from './book-pages'
export type { OutlineEntry } from './outline'
export type { PrintLayout, PrintSize } from './page-geometry'
// The exporter sizes PNG pages with it, from this module as before the split.
export { printPageSize } from './page-geometry'

export interface PrintOptions extends SlidePageOptions {
  layout: PrintLayout
  size: PrintSize
  /** Given for a briefing book: a cover and a table of contents come first, each deck is a chapter. */
  book?: BookInfo
}

/** The host's part of a print page: Briefdeck's print CSS, the deck's styles, and the layout script. */
export interface PrintRuntime {
  /** assets/styles/static-slide.css: the slide frame, before the theme as reveal.css would be. */
  slideCss: string
  /** assets/styles/print.css: pages, footers, handouts, cover and contents. */
  printCss: string
  /** Theme, fonts and code CSS, in cascade order after Briefdeck's own. */
  styles: string[]
  /** Fits overflowing slides and notes, then sets `data-bd-ready` on <html>; printers wait for it. */
  script: InlineScript
  /** The theme's table font size in CSS pixels on the 1280 px slide, so handouts keep table text readable. */
  tableFontPx: number
}

type LayoutPages = (deck: Deck, page: PageBox, options: PrintOptions & HandoutOptions) => PrintPage[]
/** Each layout's pages, one module each. */
const LAYOUT_PAGES: Record<PrintLayout, LayoutPages> = {
  slides: slidePages,
  handout: handoutPages,
  'per-page-2': (deck, page, options) => perPagePages(deck, page, 2, options),
  'per-page-3': (deck, page, options) => perPagePages(deck, page, 3, options),
  'per-page-6': (deck, page, options) => perPagePages(deck, page, 6, options),
}

/** A print document and what the exporter needs to finish the PDF. */
export interface PrintPlan {
  html: string
  pageCount: number
  outline: OutlineEntry[]
  title: string
  /** Where each deck's slides start (0-based page), in deck order. */
  chapterPages: number[]
  /** Each page's HTML, numbered: an exporter may print slices of the document side by side. */
  pages: string[]
  /** The document with only these pages (and its head and layout script), to print as one slice. */
  documentOf(pages: readonly string[]): string
}

/**
 * Lays decks out as print pages: every page is planned here, so page numbers, the table of contents
 * and the bookmarks are known before the browser prints, and one print call makes the whole PDF.
 */
export function renderPrintDocument(decks: readonly Deck[], options: PrintOptions, runtime: PrintRuntime): PrintPlan {
  if (isHandout(options.layout) && options.size === '16:9') {
    throw new BriefdeckError('E_INVALID', 'handouts are portrait pages: use --size a4 or --size letter')
  }
  const page = printPageSize(options.layout, options.size)
  const chapters = decks.map((deck) => LAYOUT_PAGES[options.layout](deck, page, { ...options, tableFontPx: runtime.tableFontPx }))
  const { front, chapterPages } = options.book
    ? bookPages(options.book, decks, chapters.map((chapter) => chapter.length))
    : { front: [] as PrintPage[], chapterPages: [0] }

  const pages = [...front, ...chapters.flat()]
  const title = options.book?.title ?? decks[0]?.title ?? 'Briefing'
  const stamped = stampPages(pages.map((p) => p.html), documentStamp(decks, options.book))
  const numbered = stamped.map((html, i) => html.replace(/<!--bd-page-->/g, String(i + 1)).replace(/<!--bd-pages-->/g, String(pages.length)))
  const styles = [pageGeometryCss(page), runtime.slideCss, runtime.printCss, ...runtime.styles]
  const documentOf = (body: readonly string[]): string => [
    '<!doctype html>',
    `<html lang="${escapeHtml(decks[0]?.meta.lang ?? 'en')}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy({ scripts: [runtime.script.sha256] }))}">`,
    `<title>${escapeHtml(title)}</title>`,
    ...styles.map((css) => `<style>\n${css.replace(/<\/style/gi, '<\\/style')}\n</style>`),
    '</head>',
    // print-fit.js reads the slide height here, to shrink a slide whose content is taller.
    `<body class="bd-print bd-${options.layout}" data-bd-slide-height="${SLIDE_HEIGHT}">`,
    ...body,
    `<script>${runtime.script.code}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n')
  return {
    html: documentOf(numbered), pageCount: pages.length, outline: toOutline(pages, !!options.book), title, chapterPages, pages: numbered, documentOf,
  }
}
