/** A deck is a Markdown file: `.md` or `.markdown`, in any case. */
const DECK_FILE = /\.(md|markdown)$/i

/** Whether a file name or path names a Markdown deck. */
export function isDeckFile(name: string): boolean {
  return DECK_FILE.test(name)
}

/** A deck's file name without its folder and its Markdown extension (`slides/01-trade.md` → `01-trade`). */
export function deckStem(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(DECK_FILE, '')
}
