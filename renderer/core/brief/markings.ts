import type { MarkingScheme } from './marking-schemes'

/** A marking as written (`SECRET//REL TO USA, GBR`), its level in the scheme, and its banner colours. */
export interface Marking {
  /** The text shown in banners: the level's name, then any caveat as written. */
  text: string
  rank: number
  background: string
  color: string
}

/**
 * Reads a marking against a scheme: it starts with one of the scheme's level names (any case; the
 * longest that fits, so `TLP:AMBER+STRICT` is not `TLP:AMBER`), and may go on with a caveat such as
 * `//REL TO USA, GBR`, kept as written. Null when it names no level of the scheme.
 */
export function readMarking(written: string, scheme: MarkingScheme): Marking | null {
  const text = written.trim().replace(/\s+/g, ' ')
  const upper = text.toUpperCase()
  let found = -1
  for (const [rank, level] of scheme.levels.entries()) {
    const fits = upper.startsWith(level.name) && (upper.length === level.name.length || !/[A-Z0-9]/.test(upper[level.name.length]))
    if (fits && (found === -1 || level.name.length > scheme.levels[found].name.length)) found = rank
  }
  if (found === -1) return null
  const level = scheme.levels[found]
  return { text: level.name + text.slice(level.name.length), rank: found, background: level.background, color: level.color }
}

/** The highest of some markings (the first written wins a tie); null when there are none. */
export function highestMarking(markings: ReadonlyArray<Marking | null | undefined>): Marking | null {
  let highest: Marking | null = null
  for (const marking of markings) if (marking && (highest === null || marking.rank > highest.rank)) highest = marking
  return highest
}

/** The levels of a scheme as a message lists them: `PUBLIC < INTERNAL < …`. */
export function describeScheme(scheme: MarkingScheme): string {
  return scheme.levels.map((l) => l.name).join(' < ')
}
