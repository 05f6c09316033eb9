/**
 * A realistic synthetic deck of `count` slides: headings, bullets with fragments, notes on every
 * slide, a vertical slide every 5th, a table every 7th and highlighted code every 10th.
 */
export declare function generateDeck(count: number): string;
