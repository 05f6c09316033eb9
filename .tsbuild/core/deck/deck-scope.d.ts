/**
 * The class of a deck's root wherever its slides are shown (its page, the app's views, a printed
 * book): the deck's own `<style>` applies under it only. Stable for a file name (FNV-1a), so the
 * editor's preview and every view agree.
 */
export declare function deckScopeClass(file: string): string;
