import type { Deck, Diagnostic } from '../../../renderer/core/deck/deck';
import type { BookInfo } from '../../../renderer/core/print/print-document';
import { type InlineBudget } from './deck-assets';
import type { Located } from './deck-styles';
/**
 * How a deck's local images reach its pages: inlined as `data:` URLs (against a budget the decks of
 * one page share; 'inline' starts a fresh one), or by a URL under a served root.
 */
export type AssetMode = 'inline' | {
    budget: InlineBudget;
} | {
    root: string;
    url(relativePath: string): string;
};
/** One compiled deck and where it came from. */
export interface LoadedDeck {
    /** The deck file on disk; its folder is where its images resolve from. */
    file: string;
    /** The text it was compiled from. */
    text: string;
    deck: Deck;
    diagnostics: Diagnostic[];
}
/** What a deck or a folder of decks loads into. */
export interface LoadedBriefing {
    decks: LoadedDeck[];
    /** A folder's cover: `briefing.yml`, else the first deck's title, subtitle, author and date. */
    book?: BookInfo;
    /** A folder's `theme` from `briefing.yml`. */
    theme?: Located;
    /** Every deck's diagnostics, then the folder's own (briefing.yml, refused files). */
    diagnostics: Diagnostic[];
}
export interface LoadOptions {
    assets: AssetMode;
    /** Called after each deck compiles, for progress bars. */
    progress?(event: {
        deck: string;
        done: number;
        total: number;
        slides: number;
    }): void;
}
/**
 * Compiles deck text as the deck at `file` would compile: images resolve from its folder, and
 * diagnostics name it `name` (the path as the user wrote it, or relative to the open folder).
 */
export declare function compileDeck(text: string, file: string, name: string, assets: AssetMode): Promise<LoadedDeck>;
/** Reads and compiles one deck file; file problems throw, Markdown problems are diagnostics. */
export declare function loadDeck(file: string, name: string, assets: AssetMode): Promise<LoadedDeck>;
/**
 * THE deck loader, for `build`, `export`, browser mode and the desktop app: a deck file, or a
 * folder of decks (a briefing book: its `*.md` files in file-name order, with `briefing.yml`).
 * A deck in the folder that links to a file outside it is refused with an error naming it.
 */
export declare function loadBriefing(input: string, options: LoadOptions): Promise<LoadedBriefing>;
/**
 * The decks of a folder (`/`-separated names relative to it) in file-name order. A name that leads
 * outside the folder once symlinks are followed is refused, as an error diagnostic naming it.
 */
export declare function listDeckFiles(folder: string): Promise<{
    files: string[];
    refused: Diagnostic[];
}>;
