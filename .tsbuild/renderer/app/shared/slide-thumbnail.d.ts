import type { SlideView } from '../../core/api/contract';
/**
 * A still picture of one slide, drawn from its HTML (no reveal.js instance), scaled to its box.
 * Its own shadow root keeps the deck's theme from styling anything else. Cheap enough for a
 * library of decks or a grid of hundreds of slides.
 */
export declare function slideThumbnail(slide: SlideView, css: string): HTMLElement;
