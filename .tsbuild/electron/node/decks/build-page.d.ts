import type { Diagnostic } from '../../../renderer/core/deck/deck';
import type { LoadedDeck } from './load-decks';
/** A deck as one self-contained reveal.js page, with the diagnostics of its styles. */
export declare function buildDeckPage(loaded: LoadedDeck): {
    html: string;
    diagnostics: Diagnostic[];
};
