import type { Deck, Diagnostic } from '../../../renderer/core/deck/deck';
/** A setting with where it was made, so a problem with its value points at that line. */
export interface Located {
    value: string;
    file: string;
    line: number;
}
export interface StyleRequest {
    decks: readonly Deck[];
    /** A book's `theme` from briefing.yml; otherwise the first deck's own. */
    theme?: Located;
    /** Text the page shows besides the decks (a book's cover, a handout's labels), so its characters get fonts. */
    extraText?: string;
}
/** The CSS that styles slides, in cascade order, with what was wrong with the settings that chose it. */
export interface DeckStyles {
    styles: string[];
    hasCode: boolean;
    diagnostics: Diagnostic[];
}
/**
 * THE style composer, for a deck's page, the app's views and print alike: the theme, the bundled
 * fonts its text needs when the theme sets text in them, and code highlighting when there is code.
 * An unknown theme or highlight theme is a warning at its line, and the default is used instead.
 */
export declare function composeDeckStyles(request: StyleRequest): DeckStyles;
