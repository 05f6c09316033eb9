import type { DeckSnapshot, DeckSummary } from '../../../renderer/core/api/contract';
import type { Deck, Diagnostic } from '../../../renderer/core/deck/deck';
/** A short content hash identifying one version of a deck's text. */
export declare function versionOf(text: string): string;
/** A compiled deck as the UI receives it: slides, their sections, styles and every diagnostic. */
export declare function toSnapshot(path: string, text: string, deck: Deck, styles: readonly string[], diagnostics: Diagnostic[]): DeckSnapshot;
/** A deck as the library lists it. */
export declare function toSummary(deck: Deck, snapshot: DeckSnapshot): DeckSummary;
/** A deck that could not be read at all, listed with why. */
export declare function brokenSummary(path: string, message: string): DeckSummary;
