/**
 * What a deck-relative asset resolved to, given by the host (CLI, server, app): a URL, or why not
 * (`too-large`: embedding it would pass what one page can hold).
 */
export type AssetResolution = {
    ok: true;
    url: string;
} | {
    ok: false;
    reason: 'missing' | 'outside' | 'too-large';
};
/**
 * The host's port for local assets: gets a path relative to the deck's folder, already confined by
 * `toDeckPath` (no `..` above the folder, no absolute paths), and returns the URL to put in the HTML.
 */
export type ResolveAsset = (deckPath: string) => AssetResolution;
/** How a URL found in deck HTML is to be treated. */
export type UrlVerdict = {
    kind: 'keep';
    url: string;
} | {
    kind: 'local';
    path: string;
} | {
    kind: 'remote';
    url: string;
} | {
    kind: 'outside';
    url: string;
} | {
    kind: 'unsafe';
    url: string;
};
/**
 * Classifies a URL as a link target (`a href`) or a fetched resource (`img src`, backgrounds,
 * CSS `url()`): resources may only be local files inside the deck folder or media `data:` URLs,
 * because a deck must work offline and must not read outside its folder.
 */
export declare function classifyUrl(raw: string, use: 'link' | 'resource'): UrlVerdict;
/**
 * Turns a relative URL into a normalised path inside the deck folder (`img/a.png`), or null when it
 * is absolute (`/etc/x`, `C:\x`, `\\host`) or climbs above the folder (`../x`).
 */
export declare function toDeckPath(url: string): string | null;
