import type { SlideView } from '../../core/api/contract';
/**
 * The slides whose content is taller than the slide, measured in a hidden, real rendering of each
 * slide at 1280×720 with the deck's theme (reveal.js scales slides, so this is the true test).
 */
export declare function measureOverflow(slides: readonly SlideView[], css: string): number[];
