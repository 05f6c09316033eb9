import type { SlideView } from '../../core/api/contract';
import { type StaticSlideOptions } from '../../core/slide/static-slide';
/**
 * A still picture of one slide, drawn as a printed page draws it (renderStaticSlide, no reveal.js
 * instance), scaled to its box. Its own shadow root keeps the deck's theme from styling anything
 * else. Cheap enough for a library of decks or a grid of hundreds of slides.
 */
export declare function slideThumbnail(slide: SlideView, css: string, options: Pick<StaticSlideOptions, 'center' | 'scope'>): HTMLElement;
