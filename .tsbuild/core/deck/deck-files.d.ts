/** Whether a file name or path names a Markdown deck. */
export declare function isDeckFile(name: string): boolean;
/** A deck's file name without its folder and its Markdown extension (`slides/01-trade.md` → `01-trade`). */
export declare function deckStem(path: string): string;
