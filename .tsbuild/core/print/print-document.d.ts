import type { Deck } from '../deck/deck';
import type { InlineScript } from '../html/render-deck';
import { type BookInfo } from './book-pages';
import { type OutlineEntry } from './outline';
import { type PrintLayout, type PrintSize } from './page-geometry';
import { type SlidePageOptions } from './slide-pages';
export type { BookInfo } from './book-pages';
export type { OutlineEntry } from './outline';
export type { PrintLayout, PrintSize } from './page-geometry';
export { printPageSize } from './page-geometry';
export interface PrintOptions extends SlidePageOptions {
    layout: PrintLayout;
    size: PrintSize;
    /** Given for a briefing book: a cover and a table of contents come first, each deck is a chapter. */
    book?: BookInfo;
}
/** The host's part of a print page: Briefdeck's print CSS, the deck's styles, and the layout script. */
export interface PrintRuntime {
    /** assets/styles/static-slide.css: the slide frame, before the theme as reveal.css would be. */
    slideCss: string;
    /** assets/styles/print.css: pages, footers, handouts, cover and contents. */
    printCss: string;
    /** Theme, fonts and code CSS, in cascade order after Briefdeck's own. */
    styles: string[];
    /** Fits overflowing slides and notes, then sets `data-bd-ready` on <html>; printers wait for it. */
    script: InlineScript;
}
/** A print document and what the exporter needs to finish the PDF. */
export interface PrintPlan {
    html: string;
    pageCount: number;
    outline: OutlineEntry[];
    title: string;
    /** Where each deck's slides start (0-based page), in deck order. */
    chapterPages: number[];
}
/**
 * Lays decks out as print pages: every page is planned here, so page numbers, the table of contents
 * and the bookmarks are known before the browser prints, and one print call makes the whole PDF.
 */
export declare function renderPrintDocument(decks: readonly Deck[], options: PrintOptions, runtime: PrintRuntime): PrintPlan;
