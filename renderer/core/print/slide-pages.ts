import type { Deck, Slide } from '../deck/deck'
import { SLIDE_HEIGHT, SLIDE_WIDTH, renderStaticSlide } from '../slide/static-slide'
import { type PrintPage, slideMark, withChapterMark } from './outline'
import { FOOTER_HEIGHT, PAGE_MARGIN, type PageBox, isSlidePage, px } from './page-geometry'
import { pageFooter } from './page-footer'
import { type HighlightCode, toPrintSlide } from './print-slide'

/** How slides are printed, in either layout. */
export interface SlidePageOptions {
  /** Print every fragment step as its own page (slides layout); otherwise the final state. */
  fragments: boolean
  highlight?: HighlightCode
}

/**
 * A deck as slide pages: one per slide (or per fragment step), the slide filling a 16:9 page or
 * scaled onto a page with margins, with the deck title and page number in the footer.
 */
export function slidePages(deck: Deck, page: PageBox, options: SlidePageOptions): PrintPage[] {
  const full = isSlidePage(page)
  const scale = full ? 1 : Math.min((page.w - 2 * PAGE_MARGIN) / SLIDE_WIDTH, (page.h - 2 * PAGE_MARGIN - FOOTER_HEIGHT) / SLIDE_HEIGHT)
  const place = `left:${px((page.w - SLIDE_WIDTH * scale) / 2)};top:${px(full ? 0 : PAGE_MARGIN)};transform:scale(${scale.toFixed(5)})`
  const pages = deck.slides.flatMap((slide) => {
    const prepared = toPrintSlide(slide.html, options.highlight)
    // The backup slides follow the talk's under their own heading (and bookmark).
    const divider: PrintPage[] = slide.backup === 'B1'
      ? [{ marks: [{ level: 'slide', title: 'Backup slides' }], html: `<div class="bd-page bd-backup-divider${full ? ' bd-full' : ''}"><h2>Backup slides</h2><p>For questions; not shown in the talk.</p>${pageFooter(deck.title, full)}</div>` }]
      : []
    const steps = options.fragments ? Array.from({ length: prepared.steps + 1 }, (_, i) => i) : [prepared.steps]
    return [...divider, ...steps.map((shown, stepIndex): PrintPage => ({
      marks: stepIndex === 0 ? [slideMark(slide)] : [],
      html: `<div class="bd-page bd-slide-page${full ? ' bd-full' : ''}">${placedSlide(deck, slide, prepared.htmlAt(shown), place)}${pageFooter(deck.title, full)}</div>`,
    }))]
  })
  return withChapterMark(pages, deck.title)
}

/** A slide's static frame (with `html` as its content) placed on a page; `style` positions and scales it. */
export function placedSlide(deck: Deck, slide: Slide, html: string, style: string): string {
  const frame = renderStaticSlide(slide, { center: deck.meta.revealOptions.center !== false, html, scope: deck.scope })
  return `<div class="bd-place" style="${style}">${frame}</div>`
}
