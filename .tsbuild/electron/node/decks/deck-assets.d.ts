import type { ResolveAsset } from '../../../renderer/core/html/asset-url';
import { type Confined } from '../files/confine-path';
/**
 * Finds a deck-relative path on disk, refusing anything that leaves the deck folder once symlinks
 * are followed (a link inside the folder may not point at ~/.ssh).
 */
export declare function locateDeckAsset(deckDir: string, deckPath: string): Confined;
/** An asset port that embeds each local file as a `data:` URL, for self-contained HTML and PDF. */
export declare function inlineAssetResolver(deckDir: string): ResolveAsset;
