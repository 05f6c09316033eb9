import { escapeHtml } from '../html/escape-html'

/**
 * A page's footer: the deck title and the page number, which the document fills in once every page
 * is laid out. `overSlide`: on a 16:9 page the footer sits over the slide itself, smaller.
 */
export function pageFooter(title: string, overSlide: boolean): string {
  // The document's stamp (version, number, marking) is filled in with the page numbers.
  return `<footer class="bd-footer${overSlide ? ' bd-footer-over' : ''}"><span>${escapeHtml(title)}</span><span class="bd-footer-stamp"><!--bd-stamp--></span><span><!--bd-page--></span></footer>`
}
