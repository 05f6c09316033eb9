import { type Marking, highestMarking } from '../brief/markings'
import type { Deck } from '../deck/deck'
import { escapeHtml } from '../html/escape-html'

/** What marks a whole printed document: its overall marking, version, number and draft state. */
export interface DocumentStamp {
  marking: Marking | null
  version?: string
  docNumber?: string
  draft: boolean
}

/** A document's stamp: the highest marking of its decks; the book's version and number, else the first deck's. */
export function documentStamp(decks: readonly Deck[], book?: { version?: string; docNumber?: string }): DocumentStamp {
  const first = decks[0]?.meta
  return {
    marking: highestMarking(decks.map((deck) => deck.marking)),
    version: book?.version ?? first?.version,
    docNumber: book?.docNumber ?? first?.docNumber,
    draft: decks.some((deck) => deck.meta.status === 'draft'),
  }
}

/** The footer's stamp: `v1.2 · BRF-2025-014 · CONFIDENTIAL`, or '' for a document without any. */
export function footerStamp(stamp: DocumentStamp): string {
  return [stamp.version && `v${stamp.version.replace(/^v/i, '')}`, stamp.docNumber, stamp.marking?.text].filter(Boolean).join(' · ')
}

/** A page's marking: the highest of the slides printed on it, or the document's on a page without slides. */
function pageMarking(html: string, stamp: DocumentStamp): Marking | null {
  const onPage: Marking[] = []
  for (const found of html.matchAll(/data-bd-marking="([^"]*)" data-bd-marking-colors="([^" ]*) ([^"]*)" data-bd-marking-rank="(\d+)"/g)) {
    onPage.push({ text: unescape(found[1]), color: found[2], background: found[3], rank: Number(found[4]) })
  }
  return onPage.length > 0 ? highestMarking(onPage) : stamp.marking
}

/**
 * Stamps printed pages: the page's marking as banners along its top and bottom edges (a 16:9 slide
 * page is the slide, whose own banners are the page's), a diagonal DRAFT on a draft's pages without
 * a slide of their own, and the stamp in every footer.
 */
export function stampPages(pages: readonly string[], stamp: DocumentStamp): string[] {
  const footer = escapeHtml(footerStamp(stamp))
  return pages.map((html) => {
    // A document without a stamp keeps the footer it always had: no empty span between title and number.
    let out = footer ? html.replace(/<!--bd-stamp-->/g, footer) : html.replace(/<span class="bd-footer-stamp"><!--bd-stamp--><\/span>/g, '')
    const fullSlide = /^<div class="bd-page bd-slide-page bd-full/.test(html)
    const marking = fullSlide ? null : pageMarking(html, stamp)
    const banners = marking
      ? ['top', 'bottom'].map((where) => `<div class="bd-page-banner bd-page-banner-${where}" style="color:${marking.color};background:${marking.background}">${escapeHtml(marking.text)}</div>`).join('')
      : ''
    const draft = stamp.draft && !html.includes('class="bd-frame') ? '<div class="bd-page-draft" aria-hidden="true">DRAFT</div>' : ''
    if (banners || draft) out = out.replace(/<\/div>\s*$/, `${banners}${draft}</div>`)
    return out
  })
}

function unescape(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
}
