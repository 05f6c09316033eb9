/** Where a key works: the audience view (the projector), the presenter view (the laptop). */
export type KeyView = 'audience' | 'presenter'

export interface KeyRow {
  /** The keys as a person reads them. */
  keys: string
  action: string
  views: readonly KeyView[]
  /** Key codes our own bindings take (reveal.js's bindings API); none for keys reveal.js handles. */
  codes?: readonly number[]
}

const BOTH: readonly KeyView[] = ['audience', 'presenter']

/**
 * Every key of the audience and presenter views, once: the bindings take their description and key
 * codes from here, the `?` overlay shows it, and a test holds the README's table to it.
 */
export const KEYS = {
  next: { keys: '→ ↓ Space N PageDown', action: 'Next step or slide in reading order, slides below included (a clicker’s forward button)', views: BOTH },
  previous: { keys: '← ↑ Shift+Space P PageUp', action: 'Previous step or slide in reading order', views: BOTH },
  ends: { keys: 'Home / End', action: 'First / last slide', views: BOTH },
  number: { keys: 'a number, then Enter', action: 'Go to that slide (counted from 1, in reading order)', views: BOTH },
  black: { keys: 'B or .', action: 'Black screen for the room (again: back to the slides)', views: BOTH, codes: [66, 190] },
  white: { keys: 'W', action: 'White screen for the room (again: back to the slides)', views: BOTH, codes: [87] },
  freeze: { keys: 'Z', action: 'Freeze the audience on this slide; again: show them where you are', views: ['presenter'], codes: [90] },
  jump: { keys: 'G or Ctrl+K', action: 'Jump to a slide by its title or words', views: ['presenter'], codes: [71] },
  back: { keys: 'Backspace', action: 'Back to where you were before the last jump (palette, number, grid)', views: ['presenter'], codes: [8] },
  grid: { keys: 'O', action: 'Overview grid of every slide (arrows move in it, Enter goes there)', views: ['presenter'], codes: [79] },
  overview: { keys: 'O or Esc', action: 'Overview of the slides (every view of the deck follows)', views: ['audience'] },
  close: { keys: 'Esc', action: 'Close this list, the grid or the jump palette', views: ['presenter'], codes: [27] },
  timer: { keys: 'T', action: 'Start or pause the talk timer', views: ['presenter'], codes: [84] },
  fullScreen: { keys: 'F', action: 'Full screen (the whole window)', views: BOTH, codes: [70] },
  presenter: { keys: 'S', action: 'Open the presenter view', views: ['audience'], codes: [83] },
  help: { keys: '?', action: 'This list of keys', views: BOTH },
} as const satisfies Record<string, KeyRow>

export type KeyCommand = keyof typeof KEYS

/** The rows a view lists, in the table's order. */
export function keysOf(view: KeyView): KeyRow[] {
  return Object.values(KEYS).filter((row: KeyRow) => row.views.includes(view))
}

/** The keys in the README's form: one Markdown table row per key, with the views it works in. */
export function keyTableMarkdown(): string {
  const where = (row: KeyRow): string => (row.views.length === 2 ? 'both' : row.views[0])
  return ['| Keys | Action | Where |', '| --- | --- | --- |', ...Object.values(KEYS).map((row: KeyRow) => `| ${row.keys} | ${row.action} | ${where(row)} |`)].join('\n')
}
