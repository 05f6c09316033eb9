/** A slide's width in CSS pixels, as reveal.js lays slides out (its `width` option). */
export declare const SLIDE_WIDTH = 1280;
/** A slide's height in CSS pixels, as reveal.js lays slides out (its `height` option). */
export declare const SLIDE_HEIGHT = 720;
/** What drawing a still slide needs: a deck's Slide or the API's SlideView. */
export interface StaticSlideSource {
    html: string;
    attributes: Record<string, string>;
}
export interface StaticSlideOptions {
    /** Centre the content vertically, as reveal.js's `center` option (its default: true). */
    center: boolean;
    /** The HTML to show instead of the slide's own (print passes it with fragments prepared). */
    html?: string;
    /** The deck's scope class (Deck.scope): the frame is the root its own `<style>` applies under. */
    scope: string;
}
/**
 * The markup of one slide drawn without reveal.js: a SLIDE_WIDTH × SLIDE_HEIGHT frame holding its
 * background and `.reveal .slides > section.present` with the slide's classes and attributes, so the
 * deck's theme styles it as a live slide. assets/styles/static-slide.css lays it out, and must come
 * before the theme's CSS, as reveal.css does. Print, thumbnails and overflow measurement share it.
 */
export declare function renderStaticSlide(slide: StaticSlideSource, options: StaticSlideOptions): string;
/** Turns reveal.js background attributes into CSS for the frame, and says whether the background is dark. */
export declare function splitBackground(all: Record<string, string>): {
    background: string;
    attributes: Record<string, string>;
    dark: boolean | null;
};
/** Whether a CSS colour is dark, as reveal.js decides it to switch text to light; null when unknown. */
export declare function isDark(color: string): boolean | null;
