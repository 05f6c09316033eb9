import type { Deck } from '../deck/deck';
import type { PrintPage } from './outline';
/** The cover of a briefing book. */
export interface BookInfo {
    title: string;
    subtitle?: string;
    author?: string;
    date?: string;
}
/** Table of contents rows per page. */
export declare const TOC_ROWS = 18;
/**
 * A briefing book's front pages (a cover, then as many contents pages as the decks need) and the
 * 0-based page where each deck's chapter starts, given how many pages each chapter takes.
 */
export declare function bookPages(book: BookInfo, decks: readonly Deck[], chapterLengths: readonly number[]): {
    front: PrintPage[];
    chapterPages: number[];
};
