import type { Deck } from '../deck/deck';
import { type PrintPage } from './outline';
import { type PageBox } from './page-geometry';
import { type HighlightCode } from './print-slide';
/** Notes up to this many characters leave room for a second slide on a handout page. */
export declare const SHORT_NOTES = 480;
/** About how many characters of notes fit under a slide on a handout page, and on a page of its own. */
export declare const NOTES_UNDER_SLIDE = 2000;
export declare const NOTES_FULL_PAGE = 4200;
/**
 * A deck as handout pages: each slide above its speaker notes, two slides side by side when both
 * have short notes, and notes too long for one page continued on further pages.
 */
export declare function handoutPages(deck: Deck, page: PageBox, highlight?: HighlightCode): PrintPage[];
/**
 * Splits long notes at their top-level blocks so each part fits its page: under the slide, then
 * full pages. The notes are parsed, never cut as text: a `</p>` inside an attribute stays inside it.
 */
export declare function splitNotes(notesHtml: string): string[];
