import type { Deck } from './deck';
/** How fast people say speaker notes aloud, in words a minute: the pace a briefing is planned at. */
export declare const WORDS_PER_MINUTE = 130;
/** Talk length in minutes when a deck sets no `duration`: half a minute a slide, or the time to say its notes. */
export declare function estimateMinutes(deck: Deck): number;
