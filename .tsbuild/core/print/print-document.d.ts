import type { Deck } from '../deck/deck';
import type { InlineScript } from '../html/render-deck';
import { type HighlightCode } from './print-slide';
/** `slides`: one slide per page. `handout`: portrait pages with each slide and its speaker notes. */
export type PrintLayout = 'slides' | 'handout';
/** Page size: the deck's own 16:9, or A4 / US Letter (landscape for slides, portrait for handouts). */
export type PrintSize = '16:9' | 'a4' | 'letter';
/** The cover of a briefing book. */
export interface BookInfo {
    title: string;
    subtitle?: string;
    author?: string;
    date?: string;
}
export interface PrintOptions {
    layout: PrintLayout;
    size: PrintSize;
    /** Print every fragment step as its own page (slides layout); otherwise the final state. */
    fragments: boolean;
    /** Given for a briefing book: a cover and a table of contents come first, each deck is a chapter. */
    book?: BookInfo;
    highlight?: HighlightCode;
}
/** The host's part of a print page: theme, fonts and code CSS, and the script that lays pages out. */
export interface PrintRuntime {
    styles: string[];
    /** Centres and fits each slide, then sets `data-bd-ready` on <html>; printers wait for it. */
    script: InlineScript;
}
/** A bookmark: a title, the 0-based page it opens, and the bookmarks under it. */
export interface OutlineEntry {
    title: string;
    pageIndex: number;
    children: OutlineEntry[];
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
/** Notes up to this many characters leave room for a second slide on a handout page. */
export declare const SHORT_NOTES = 480;
/** About how many characters of notes fit under a slide on a handout page, and on a page of its own. */
export declare const NOTES_UNDER_SLIDE = 2000;
export declare const NOTES_FULL_PAGE = 4200;
/** Table of contents rows per page. */
export declare const TOC_ROWS = 18;
/** A print page's size in CSS pixels, and as an @page size: landscape for slides, portrait for handouts. */
export declare function printPageSize(layout: PrintLayout, size: PrintSize): {
    w: number;
    h: number;
    css: string;
};
/**
 * Lays decks out as print pages: every page is planned here, so page numbers, the table of contents
 * and the bookmarks are known before the browser prints, and one print call makes the whole PDF.
 */
export declare function renderPrintDocument(decks: readonly Deck[], options: PrintOptions, runtime: PrintRuntime): PrintPlan;
/** Turns reveal.js background attributes into CSS for the page, and says whether the background is dark. */
export declare function splitBackground(all: Record<string, string>): {
    background: string;
    attributes: Record<string, string>;
    dark: boolean | null;
};
/** Whether a CSS colour is dark, as reveal.js decides it to switch text to light. */
export declare function isDark(color: string): boolean | null;
