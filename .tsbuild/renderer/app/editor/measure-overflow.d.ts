import type { SlideView } from '../../core/api/contract';
/**
 * The slides whose content is taller than the slide, measured in a hidden, real rendering of each
 * slide's static frame (as print and thumbnails draw it) with the deck's theme: reveal.js scales
 * slides, so the height at SLIDE_WIDTH is the true test.
 */
export declare function measureOverflow(slides: readonly SlideView[], css: string, scope: string): number[];
