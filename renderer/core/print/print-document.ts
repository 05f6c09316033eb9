import type { Deck, Slide } from '../deck/deck'
import { BriefdeckError } from '../errors'
import { escapeHtml } from '../html/escape-html'
import { contentSecurityPolicy } from '../html/csp'
import type { InlineScript } from '../html/render-deck'
import { type HighlightCode, toPrintSlide } from './print-slide'

/** `slides`: one slide per page. `handout`: portrait pages with each slide and its speaker notes. */
export type PrintLayout = 'slides' | 'handout'
/** Page size: the deck's own 16:9, or A4 / US Letter (landscape for slides, portrait for handouts). */
export type PrintSize = '16:9' | 'a4' | 'letter'

/** The cover of a briefing book. */
export interface BookInfo {
  title: string
  subtitle?: string
  author?: string
  date?: string
}

export interface PrintOptions {
  layout: PrintLayout
  size: PrintSize
  /** Print every fragment step as its own page (slides layout); otherwise the final state. */
  fragments: boolean
  /** Given for a briefing book: a cover and a table of contents come first, each deck is a chapter. */
  book?: BookInfo
  highlight?: HighlightCode
}

/** The host's part of a print page: theme, fonts and code CSS, and the script that lays pages out. */
export interface PrintRuntime {
  styles: string[]
  /** Centres and fits each slide, then sets `data-bd-ready` on <html>; printers wait for it. */
  script: InlineScript
}

/** A bookmark: a title, the 0-based page it opens, and the bookmarks under it. */
export interface OutlineEntry {
  title: string
  pageIndex: number
  children: OutlineEntry[]
}

/** A print document and what the exporter needs to finish the PDF. */
export interface PrintPlan {
  html: string
  pageCount: number
  outline: OutlineEntry[]
  title: string
  /** Where each deck's slides start (0-based page), in deck order. */
  chapterPages: number[]
}

/** Slides are 1280×720 CSS pixels, as reveal.js lays them out. */
const SLIDE_W = 1280
const SLIDE_H = 720
const MM = 96 / 25.4
const PAGES: Record<PrintSize, { w: number; h: number; css: string }> = {
  '16:9': { w: SLIDE_W, h: SLIDE_H, css: `${SLIDE_W}px ${SLIDE_H}px` },
  a4: { w: 297 * MM, h: 210 * MM, css: '297mm 210mm' },
  letter: { w: 11 * 96, h: 8.5 * 96, css: '11in 8.5in' },
}
const MARGIN = 12 * MM
const FOOTER = 9 * MM
/** Notes up to this many characters leave room for a second slide on a handout page. */
export const SHORT_NOTES = 480
/** About how many characters of notes fit under a slide on a handout page, and on a page of its own. */
export const NOTES_UNDER_SLIDE = 2000
export const NOTES_FULL_PAGE = 4200
/** Table of contents rows per page. */
export const TOC_ROWS = 18

/** A print page's size in CSS pixels, and as an @page size: landscape for slides, portrait for handouts. */
export function printPageSize(layout: PrintLayout, size: PrintSize): { w: number; h: number; css: string } {
  const landscape = PAGES[size]
  return layout === 'handout' ? { w: landscape.h, h: landscape.w, css: landscape.css.split(' ').reverse().join(' ') } : landscape
}

interface Page {
  html: string
  /** Entries pointing at this page. */
  marks: Array<{ level: 'chapter' | 'slide'; title: string }>
}

/**
 * Lays decks out as print pages: every page is planned here, so page numbers, the table of contents
 * and the bookmarks are known before the browser prints, and one print call makes the whole PDF.
 */
export function renderPrintDocument(decks: readonly Deck[], options: PrintOptions, runtime: PrintRuntime): PrintPlan {
  if (options.layout === 'handout' && options.size === '16:9') {
    throw new BriefdeckError('E_INVALID', 'handouts are portrait pages: use --size a4 or --size letter')
  }
  const page = printPageSize(options.layout, options.size)
  const chapters = decks.map((deck) => (options.layout === 'handout' ? handoutPages(deck, page, options) : slidePages(deck, page, options)))
  const front: Page[] = []
  const chapterPages: number[] = []
  if (options.book) {
    const tocPages = Math.max(1, Math.ceil(decks.length / TOC_ROWS))
    let next = 1 + tocPages
    for (const chapter of chapters) {
      chapterPages.push(next)
      next += chapter.length
    }
    front.push(coverPage(options.book, decks, next))
    front.push(...tocPageList(decks, chapterPages, tocPages))
  } else {
    chapterPages.push(0)
  }

  const pages = [...front, ...chapters.flat()]
  const outline = toOutline(pages, !!options.book)
  const title = options.book?.title ?? decks[0]?.title ?? 'Briefing'
  const numbered = pages.map((p, i) => p.html.replace(/<!--bd-page-->/g, String(i + 1)).replace(/<!--bd-pages-->/g, String(pages.length)))
  const html = [
    '<!doctype html>',
    `<html lang="${escapeHtml(decks[0]?.meta.lang ?? 'en')}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy({ scripts: [runtime.script.sha256] }))}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${printCss(page)}</style>`,
    ...runtime.styles.map((css) => `<style>\n${css.replace(/<\/style/gi, '<\\/style')}\n</style>`),
    '</head>',
    `<body class="bd-print bd-${options.layout}">`,
    ...numbered,
    `<script>${runtime.script.code}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n')
  return { html, pageCount: pages.length, outline, title, chapterPages }
}

function slidePages(deck: Deck, page: { w: number; h: number }, options: PrintOptions): Page[] {
  const full = page.w === SLIDE_W && page.h === SLIDE_H
  const scale = full ? 1 : Math.min((page.w - 2 * MARGIN) / SLIDE_W, (page.h - 2 * MARGIN - FOOTER) / SLIDE_H)
  const left = (page.w - SLIDE_W * scale) / 2
  const top = full ? 0 : MARGIN
  const pages: Page[] = []
  for (const slide of deck.slides) {
    const prepared = toPrintSlide(slide.html, options.highlight)
    const steps = options.fragments ? Array.from({ length: prepared.steps + 1 }, (_, i) => i) : [prepared.steps]
    steps.forEach((shown, stepIndex) => {
      pages.push({
        marks: stepIndex === 0 ? [{ level: 'slide', title: slideTitle(slide) }] : [],
        html: `<div class="bd-page bd-slide-page">` +
          `<div class="bd-place" style="left:${px(left)};top:${px(top)};transform:scale(${scale.toFixed(5)})">${slideFrame(deck, slide, prepared.htmlAt(shown))}</div>` +
          footer(deck.title, full) +
          `</div>`,
      })
    })
  }
  if (pages.length > 0) pages[0].marks.unshift({ level: 'chapter', title: deck.title })
  return pages
}

function handoutPages(deck: Deck, page: { w: number; h: number }, options: PrintOptions): Page[] {
  const width = page.w - 2 * MARGIN
  const pages: Page[] = []
  const head = `<header class="bd-handout-head"><span>${escapeHtml(deck.title)}</span><span>${escapeHtml(deck.meta.date ?? '')}</span></header>`
  const thumb = (slide: Slide, w: number): string => {
    const scale = w / SLIDE_W
    const html = toPrintSlide(slide.html, options.highlight)
    return `<div class="bd-thumb" style="width:${px(w)};height:${px(SLIDE_H * scale)}"><div class="bd-place" style="transform:scale(${scale.toFixed(5)})">${slideFrame(deck, slide, html.htmlAt(html.steps))}</div></div>`
  }
  const notes = (html: string): string =>
    `<div class="bd-notes">${html === '' ? '<p class="bd-no-notes">No speaker notes.</p>' : html}</div>`
  for (let i = 0; i < deck.slides.length; i++) {
    const slide = deck.slides[i]
    const next = deck.slides[i + 1]
    const number = (s: Slide) => `<div class="bd-slide-label">Slide ${s.index + 1} of ${deck.slides.length}${s.title ? ` · ${escapeHtml(s.title)}` : ''}</div>`
    if (next && noteLength(slide) <= SHORT_NOTES && noteLength(next) <= SHORT_NOTES) {
      const pair = [slide, next].map((s) => `<div class="bd-pair">${thumb(s, width * 0.56)}<div class="bd-pair-notes">${number(s)}${notes(s.notesHtml)}</div></div>`)
      pages.push({
        marks: [{ level: 'slide', title: slideTitle(slide) }, { level: 'slide', title: slideTitle(next) }],
        html: `<div class="bd-page bd-handout-page">${head}${pair.join('')}${footer(deck.title, false)}</div>`,
      })
      i++
      continue
    }
    const [first, ...rest] = splitNotes(slide.notesHtml)
    pages.push({
      marks: [{ level: 'slide', title: slideTitle(slide) }],
      html: `<div class="bd-page bd-handout-page">${head}${thumb(slide, width)}${number(slide)}<div class="bd-single-notes">${notes(first)}</div>${footer(deck.title, false)}</div>`,
    })
    for (const more of rest) {
      pages.push({
        marks: [],
        html: `<div class="bd-page bd-handout-page">${head}<div class="bd-slide-label">Slide ${slide.index + 1}, notes continued</div><div class="bd-full-notes">${notes(more)}</div>${footer(deck.title, false)}</div>`,
      })
    }
  }
  if (pages.length > 0) pages[0].marks.unshift({ level: 'chapter', title: deck.title })
  return pages
}

/** Splits long notes at top-level blocks so each part fits its page: under the slide, then full pages. */
function splitNotes(notesHtml: string): string[] {
  const blocks = notesHtml.split(/(?<=<\/(?:p|ul|ol|pre|blockquote|table|h[1-6]|div)>)\s*/)
  const parts: string[] = []
  let current = ''
  let length = 0
  for (const block of blocks) {
    const size = block.replace(/<[^>]*>/g, '').length
    const budget = parts.length === 0 ? NOTES_UNDER_SLIDE : NOTES_FULL_PAGE
    if (current !== '' && length + size > budget) {
      parts.push(current)
      current = ''
      length = 0
    }
    current += block
    length += size
  }
  parts.push(current)
  return parts
}

function noteLength(slide: Slide): number {
  return slide.notes.length
}

function slideTitle(slide: Slide): string {
  return slide.title || `Slide ${slide.index + 1}`
}

/** One slide at 1280×720 with its background, styled by the theme like a live reveal.js slide. */
function slideFrame(deck: Deck, slide: Slide, html: string): string {
  const { background, attributes, dark } = splitBackground(slide.attributes)
  const classes = ['present', dark === null ? '' : dark ? 'has-dark-background' : 'has-light-background', attributes.class ?? '']
    .filter(Boolean).join(' ')
  delete attributes.class
  const attrs = Object.entries(attributes).map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('')
  const center = deck.meta.revealOptions.center === false ? 'false' : 'true'
  return `<div class="bd-frame" data-bd-center="${center}"><div class="bd-bg" style="${escapeHtml(background)}"></div>` +
    `<div class="reveal"><div class="slides"><section class="${escapeHtml(classes)}"${attrs}>${html}</section></div></div></div>`
}

/** Turns reveal.js background attributes into CSS for the page, and says whether the background is dark. */
export function splitBackground(all: Record<string, string>): { background: string; attributes: Record<string, string>; dark: boolean | null } {
  const attributes = { ...all }
  const take = (name: string): string | undefined => {
    const value = attributes[name]
    delete attributes[name]
    return value
  }
  let color = take('data-background-color')
  let image = take('data-background-image')
  const plain = take('data-background')
  if (plain !== undefined) {
    if (/^(data:|[^\s#(]+\.[a-z0-9]{2,5}([?#]|$))/i.test(plain)) image ??= plain
    else color ??= plain
  }
  const gradient = take('data-background-gradient')
  const size = take('data-background-size') ?? 'cover'
  const position = take('data-background-position') ?? 'center'
  const repeat = take('data-background-repeat') ?? 'no-repeat'
  const opacity = take('data-background-opacity')
  for (const name of Object.keys(attributes)) if (name.startsWith('data-background')) delete attributes[name]
  const css: string[] = []
  if (color) css.push(`background-color:${cssValue(color)}`)
  const layers = [gradient ? cssValue(gradient) : '', image ? `url("${image.replace(/["\\\n]/g, '')}")` : ''].filter(Boolean)
  if (layers.length > 0) css.push(`background-image:${layers.join(',')}`, `background-size:${cssValue(size)}`, `background-position:${cssValue(position)}`, `background-repeat:${cssValue(repeat)}`)
  if (opacity) css.push(`opacity:${Number.parseFloat(opacity) || 1}`)
  return { background: css.join(';'), attributes, dark: color ? isDark(color) : null }
}

/** CSS values from a deck are single values: no `;`, braces or comments that could add rules. */
function cssValue(value: string): string {
  return value.replace(/[;{}<>]|\/\*|\*\//g, '')
}

/** Whether a CSS colour is dark, as reveal.js decides it to switch text to light. */
export function isDark(color: string): boolean | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())
  let rgb: number[] | null = null
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1]
    rgb = [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16))
  } else {
    const fn = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(color.trim())
    if (fn) rgb = [fn[1], fn[2], fn[3]].map(Number)
  }
  if (!rgb) return null
  const [r, g, b] = rgb
  return (r * 299 + g * 587 + b * 114) / 1000 < 128
}

function footer(title: string, overSlide: boolean): string {
  return `<footer class="bd-footer${overSlide ? ' bd-footer-over' : ''}"><span>${escapeHtml(title)}</span><span><!--bd-page--></span></footer>`
}

function coverPage(book: BookInfo, decks: readonly Deck[], pageCount: number): Page {
  const slides = decks.reduce((n, d) => n + d.slides.length, 0)
  const line = (cls: string, text?: string) => (text ? `<p class="${cls}">${escapeHtml(text)}</p>` : '')
  return {
    marks: [],
    html: `<div class="bd-page bd-cover"><div class="bd-cover-band"></div><h1>${escapeHtml(book.title)}</h1>` +
      line('bd-cover-subtitle', book.subtitle) + line('bd-cover-author', book.author) + line('bd-cover-date', book.date) +
      `<p class="bd-cover-count">${decks.length} deck${decks.length === 1 ? '' : 's'} · ${slides} slides · ${pageCount} pages</p></div>`,
  }
}

function tocPageList(decks: readonly Deck[], chapterPages: number[], count: number): Page[] {
  const pages: Page[] = []
  for (let p = 0; p < count; p++) {
    const rows = decks.slice(p * TOC_ROWS, (p + 1) * TOC_ROWS).map((deck, i) => {
      const n = p * TOC_ROWS + i
      return `<li><span class="bd-toc-n">${n + 1}</span><span class="bd-toc-title">${escapeHtml(deck.title)}<small>${deck.slides.length} slides</small></span>` +
        `<span class="bd-toc-dots"></span><span class="bd-toc-page">${chapterPages[n] + 1}</span></li>`
    })
    pages.push({
      marks: p === 0 ? [{ level: 'chapter', title: 'Contents' }] : [],
      html: `<div class="bd-page bd-toc"><h2>Contents</h2><ol>${rows.join('')}</ol><footer class="bd-footer"><span></span><span><!--bd-page--></span></footer></div>`,
    })
  }
  return pages
}

function toOutline(pages: readonly Page[], book: boolean): OutlineEntry[] {
  const outline: OutlineEntry[] = []
  pages.forEach((page, pageIndex) => {
    for (const mark of page.marks) {
      if (mark.level === 'chapter' && book) outline.push({ title: mark.title, pageIndex, children: [] })
      else if (mark.level === 'slide') {
        const entry = { title: mark.title, pageIndex, children: [] }
        const parent = book ? outline[outline.length - 1] : undefined
        if (parent) parent.children.push(entry)
        else outline.push(entry)
      }
    }
  })
  return outline
}

function px(n: number): string {
  return `${n.toFixed(2)}px`
}

/** Page geometry and the print-only styling; the theme's CSS follows it and styles the slides. */
function printCss(page: { w: number; h: number; css: string }): string {
  return `
@page { size: ${page.css}; margin: 0 }
html, body { margin: 0; padding: 0; background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact }
.bd-page { position: relative; width: ${px(page.w)}; height: ${px(page.h)}; overflow: hidden; break-after: page; page-break-after: always; background: #fff }
.bd-page:last-of-type { break-after: auto; page-break-after: auto }
.bd-place { position: absolute; left: 0; top: 0; width: ${SLIDE_W}px; height: ${SLIDE_H}px; transform-origin: 0 0 }
.bd-frame { position: relative; width: ${SLIDE_W}px; height: ${SLIDE_H}px; overflow: hidden; background: var(--r-background-color, #fff) }
.bd-bg { position: absolute; inset: 0 }
.bd-frame .reveal { position: absolute; inset: 0; width: auto; height: auto }
.slides { text-align: center }
.bd-frame .reveal .slides { position: absolute; left: 0; top: 0; width: ${SLIDE_W}px; height: ${SLIDE_H}px; margin: 0;
  transform: translate(${SLIDE_W * 0.04}px, ${SLIDE_H * 0.04}px) scale(0.92); transform-origin: 0 0 }
.bd-frame .reveal .slides > section { position: absolute; left: 0; top: 0; width: ${SLIDE_W}px; box-sizing: border-box; display: block; transform-origin: 50% 0 }
.bd-frame .fragment { opacity: 1; visibility: visible }
.bd-frame .fragment.bd-fragment-hidden { visibility: hidden }
.bd-frame aside.notes { display: none }
.bd-frame pre code { max-height: none; overflow: visible }
.bd-frame img { max-width: 100%; max-height: ${SLIDE_H}px }
.bd-footer { position: absolute; left: ${px(MARGIN)}; right: ${px(MARGIN)}; bottom: ${px(MARGIN / 2)}; display: flex; justify-content: space-between;
  font: 11px/1.2 var(--r-main-font, sans-serif); color: #6b7280 }
.bd-footer-over { left: 24px; right: 24px; bottom: 10px; font-size: 13px; color: rgba(100, 110, 125, 0.9) }
.bd-handout-page { padding: ${px(MARGIN)}; box-sizing: border-box; font-family: var(--r-main-font, sans-serif); color: #14171f }
.bd-handout-head { display: flex; justify-content: space-between; font-size: 11px; color: #6b7280; border-bottom: 1px solid #d9d4c7; padding-bottom: 4px; margin-bottom: 12px }
.bd-thumb { position: relative; overflow: hidden; border: 1px solid #c9c4b7; flex: none }
.bd-slide-label { font-size: 12px; font-weight: 700; color: #13235b; margin: 10px 0 4px }
.bd-notes { font-size: 14.5px; line-height: 1.45; overflow: hidden }
.bd-notes p { margin: 0 0 8px }
.bd-notes ul, .bd-notes ol { margin: 0 0 8px 20px; padding: 0 }
.bd-no-notes { color: #6b7280; font-style: italic }
.bd-single-notes .bd-notes { height: ${px(page.h - 2 * MARGIN - 40 - (page.w - 2 * MARGIN) * SLIDE_H / SLIDE_W - 60)} }
.bd-full-notes .bd-notes { height: ${px(page.h - 2 * MARGIN - 100)} }
.bd-pair { display: flex; gap: 16px; height: ${px((page.h - 2 * MARGIN - 70) / 2)}; margin-bottom: 8px }
.bd-pair-notes { flex: 1; min-width: 0; display: flex; flex-direction: column }
.bd-pair-notes .bd-slide-label { margin-top: 0 }
.bd-pair-notes .bd-notes { flex: 1; font-size: 13px }
.bd-cover, .bd-toc { box-sizing: border-box; padding: ${px(page.h * 0.1)} ${px(page.w * 0.08)}; font-family: var(--r-main-font, sans-serif); color: var(--r-main-color, #14171f); background: var(--r-background-color, #fff) }
.bd-cover h1 { font-size: ${px(Math.min(page.w, page.h) * 0.075)}; line-height: 1.1; color: var(--r-heading-color, #13235b); margin: 0 0 24px }
.bd-cover-band { width: 200px; height: 10px; margin-bottom: 36px; background: linear-gradient(90deg, #c2410c 0 50%, #b4002a 50% 100%) }
.bd-cover p { margin: 8px 0; font-size: ${px(Math.min(page.w, page.h) * 0.03)} }
.bd-cover-subtitle { color: var(--r-heading-color, #13235b) }
.bd-cover-count { margin-top: 40px !important; color: #6b7280 }
.bd-toc h2 { font-size: ${px(Math.min(page.w, page.h) * 0.05)}; color: var(--r-heading-color, #13235b); margin: 0 0 24px }
.bd-toc ol { list-style: none; margin: 0; padding: 0 }
.bd-toc li { display: flex; align-items: flex-end; gap: 12px; font-size: ${px(Math.min(page.w, page.h) * 0.026)}; margin: 0 0 10px }
.bd-toc-n { width: 2em; color: #c2410c; font-weight: 700 }
.bd-toc-title { max-width: 78% }
.bd-toc-title small { display: block; color: #6b7280; font-size: 0.7em }
.bd-toc-dots { flex: 1; border-bottom: 2px dotted #c9c4b7 }
.bd-toc-page { font-weight: 700 }
`
}
