import type { Deck } from '../deck/deck'
import { escapeHtml } from '../html/escape-html'
import { toLongDate } from './long-date'
import type { PrintPage } from './outline'
import { pageFooter } from './page-footer'

/** The cover of a briefing book. */
export interface BookInfo {
  title: string
  subtitle?: string
  author?: string
  date?: string
  /** The book's overall marking: the highest of its decks'. */
  marking?: string
  version?: string
  docNumber?: string
}

/** Table of contents rows per page. */
export const TOC_ROWS = 18

/**
 * A briefing book's front pages (a cover, then as many contents pages as the decks need) and the
 * 0-based page where each deck's chapter starts, given how many pages each chapter takes.
 */
export function bookPages(book: BookInfo, decks: readonly Deck[], chapterLengths: readonly number[]): { front: PrintPage[]; chapterPages: number[] } {
  const tocPages = Math.max(1, Math.ceil(decks.length / TOC_ROWS))
  const chapterPages: number[] = []
  let next = 1 + tocPages
  for (const length of chapterLengths) {
    chapterPages.push(next)
    next += length
  }
  return { front: [coverPage(book), ...contentsPages(decks, chapterPages, tocPages)], chapterPages }
}

/** A line under a cover's title. */
export interface CoverLine {
  kind: 'subtitle' | 'author' | 'date' | 'reference' | 'marking'
  text: string
}

/**
 * What a briefing book's cover says under its title, in order: the subtitle, the author or
 * organisation, the date written out (`30 August 2025`), the document number and version, and the
 * book's overall marking. The PDF cover, the PowerPoint cover and
 * the fonts embedded for them all take their text from here.
 */
export function coverLines(book: BookInfo): CoverLine[] {
  const reference = [book.docNumber, book.version && `version ${book.version.replace(/^v/i, '')}`].filter(Boolean).join(' · ')
  const lines: Array<[CoverLine['kind'], string | undefined]> = [
    ['subtitle', book.subtitle], ['author', book.author], ['date', book.date && toLongDate(book.date)], ['reference', reference], ['marking', book.marking],
  ]
  return lines.filter((line): line is [CoverLine['kind'], string] => !!line[1]).map(([kind, text]) => ({ kind, text }))
}

function coverPage(book: BookInfo): PrintPage {
  const lines = coverLines(book).map(({ kind, text }) => `<p class="bd-cover-${kind}">${escapeHtml(text)}</p>`)
  return { marks: [], html: `<div class="bd-page bd-cover"><div class="bd-cover-band"></div><h1>${escapeHtml(book.title)}</h1>${lines.join('')}</div>` }
}

function contentsPages(decks: readonly Deck[], chapterPages: readonly number[], count: number): PrintPage[] {
  const pages: PrintPage[] = []
  for (let p = 0; p < count; p++) {
    const rows = decks.slice(p * TOC_ROWS, (p + 1) * TOC_ROWS).map((deck, i) => {
      const n = p * TOC_ROWS + i
      return `<li><span class="bd-toc-n">${n + 1}</span><span class="bd-toc-title">${escapeHtml(deck.title)}<small>${slideCountText(deck)}</small></span>` +
        `<span class="bd-toc-dots"></span><span class="bd-toc-page">${chapterPages[n] + 1}</span></li>`
    })
    pages.push({
      marks: p === 0 ? [{ level: 'chapter', title: 'Contents' }] : [],
      html: `<div class="bd-page bd-toc"><h2>Contents</h2><ol>${rows.join('')}</ol>${pageFooter('', false)}</div>`,
    })
  }
  return pages
}

/** "8 slides", "1 slide", "8 slides + 2 backup": the talk's length, then what is kept for questions. */
function slideCountText(deck: Deck): string {
  const backup = deck.slides.filter((slide) => slide.backup).length
  const talk = deck.slides.length - backup
  return `${talk} slide${talk === 1 ? '' : 's'}${backup > 0 ? ` + ${backup} backup` : ''}`
}
