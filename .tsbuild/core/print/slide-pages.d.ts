import type { Deck, Slide } from '../deck/deck';
import { type PrintPage } from './outline';
import { type PageBox } from './page-geometry';
import { type HighlightCode } from './print-slide';
/** How slides are printed, in either layout. */
export interface SlidePageOptions {
    /** Print every fragment step as its own page (slides layout); otherwise the final state. */
    fragments: boolean;
    highlight?: HighlightCode;
}
/**
 * A deck as slide pages: one per slide (or per fragment step), the slide filling a 16:9 page or
 * scaled onto a page with margins, with the deck title and page number in the footer.
 */
export declare function slidePages(deck: Deck, page: PageBox, options: SlidePageOptions): PrintPage[];
/** A slide's static frame (with `html` as its content) placed on a page; `style` positions and scales it. */
export declare function placedSlide(deck: Deck, slide: Slide, html: string, style: string): string;
