/**
 * A visible stand-in for an image that cannot be shown (missing, outside the deck folder or remote),
 * as a `data:` SVG URL so it needs no file and no network.
 */
export declare function placeholderImage(label: string): string;
