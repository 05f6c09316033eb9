import type { ResolveAsset } from '../../../renderer/core/html/asset-url';
import { type Confined } from '../files/confine-path';
/**
 * Finds a deck-relative path on disk, refusing anything that leaves the deck folder once symlinks
 * are followed (a link inside the folder may not point at ~/.ssh).
 */
export declare function locateDeckAsset(deckDir: string, deckPath: string): Confined;
/**
 * How much a page may embed, in characters of `data:` URLs. One JavaScript string holds at most
 * about 512 M characters: thirty slides showing one 20 MB image would pass that and crash the build.
 */
export declare const MAX_INLINE_CHARACTERS: number;
/** What is left of a page's embedding budget; a book's decks share one. */
export interface InlineBudget {
    remaining: number;
}
/**
 * An asset port that embeds each local file as a `data:` URL, for self-contained HTML and PDF. Every
 * use counts against the budget (each is a copy in the page); past it, the image is `too-large`.
 */
export declare function inlineAssetResolver(deckDir: string, budget?: InlineBudget): ResolveAsset;
