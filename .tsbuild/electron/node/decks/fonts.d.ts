import type { Deck } from '../../../renderer/core/deck/deck';
/** Whether a theme sets its text in the bundled families (Briefdeck's own theme does; reveal.js's themes do not). */
export declare function usesBundledFonts(themeCss: string): boolean;
/**
 * The @font-face rules for exactly the bundled font files that draw the decks' characters, notes
 * included, plus any `extraText` the page shows around them (a book's cover and contents).
 */
export declare function deckFontCss(decks: readonly Deck[], extraText?: string): string;
