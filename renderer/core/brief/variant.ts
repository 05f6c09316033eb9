/**
 * Which cut of a deck to make: for one audience (content tagged for others is left out), with or
 * without speaker notes, with or without backup slides. Without an audience every slide is kept:
 * the author's master copy.
 */
export interface Variant {
  audience?: string
  notes: boolean
  backup: boolean
  /** The command demands a marking on every slide (`--require-markings`), whatever the decks say. */
  requireMarkings?: boolean
}

/** The whole deck: the author's view, and the default of every command. */
export const FULL_DECK: Variant = { notes: true, backup: true }

/** Whether a variant leaves anything out (an audience, notes or backup slides). */
export function isCutVariant(variant: Variant): boolean {
  return variant.audience !== undefined || !variant.notes || !variant.backup
}

/** What a variant left out, where it was written: the sender checks this before sending. */
export interface Removal {
  kind: 'slide' | 'block' | 'notes' | 'backup'
  file: string
  line: number
  /** The start of what was removed (a slide's title, a block's text), for the sender to recognise. */
  what: string
}

/** The audience names of a `data-audience` value: comma-separated, any case. */
export function audienceNames(value: string): string[] {
  return value.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean)
}

/** Whether content tagged `data-audience="…"` (or untagged: undefined) belongs in the variant. */
export function isForVariant(tagged: string | undefined, variant: Variant): boolean {
  if (tagged === undefined || variant.audience === undefined) return true
  return audienceNames(tagged).includes(variant.audience.toLowerCase())
}

/** One line for the terminal: `removed 3 slides, 2 blocks, notes from 12 slides, 1 backup slide`. */
export function describeRemovals(removed: readonly Removal[]): string {
  const count = (kind: Removal['kind']): number => removed.filter((r) => r.kind === kind).length
  const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`
  const parts = [
    count('slide') > 0 ? plural(count('slide'), 'slide') : '',
    count('block') > 0 ? plural(count('block'), 'block') : '',
    count('notes') > 0 ? `notes from ${plural(count('notes'), 'slide')}` : '',
    count('backup') > 0 ? plural(count('backup'), 'backup slide') : '',
  ].filter(Boolean)
  return parts.length === 0 ? 'removed nothing' : `removed ${parts.join(', ')}`
}
