import type { Deck, Slide } from '../deck/deck';
/** An inline script and the base64 SHA-256 of its text, by which the page's CSP allows it. */
export interface InlineScript {
    code: string;
    sha256: string;
}
/** What a deck page needs besides the deck: supplied by the host, which reads it from disk once. */
export interface DeckRuntime {
    /** CSS in cascade order: reveal.js core, theme, fonts, code highlighting. */
    styles: string[];
    /** Scripts in load order: reveal.js, its plugins, then Briefdeck's init script. */
    scripts: InlineScript[];
    /**
     * Hashes of scripts in pages the deck writes into popups (reveal.js's speaker view). Such a popup
     * inherits this page's CSP; it also frames the deck itself to preview slides.
     */
    popupScriptHashes?: string[];
}
/** Reveal.initialize options Briefdeck sets; a deck's `revealOptions` override them. */
export declare const REVEAL_DEFAULTS: {
    readonly width: 1280;
    readonly height: 720;
    readonly margin: 0.04;
    readonly hash: true;
    readonly controls: true;
    readonly progress: true;
    readonly slideNumber: "c/t";
    readonly center: true;
    readonly transition: "slide";
};
/** The reveal.js configuration for a deck: Briefdeck's defaults, then the deck's own options. */
export declare function toRevealConfig(deck: Deck): Record<string, unknown>;
/** What rendering a slide's <section> needs (a Slide, or the API's SlideView). */
export type SectionSlide = Pick<Slide, 'index' | 'h' | 'v' | 'html' | 'notesHtml' | 'attributes' | 'startLine' | 'endLine'>;
/** The `<section>` elements of a deck, vertical slides nested in their stack as reveal.js expects. */
export declare function renderSlides(deck: Deck): string;
/** The `<section>` elements of a list of slides (see renderSlides); runs in the browser as well. */
export declare function renderSections(slides: readonly SectionSlide[]): string;
/**
 * A complete, self-contained reveal.js page for a deck: works from `file://` with no network.
 * Deterministic: the same deck and runtime give the same bytes.
 */
export declare function renderDeck(deck: Deck, runtime: DeckRuntime): string;
