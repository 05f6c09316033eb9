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
 * `//REL TO USA, GBR`, kept as written. Null when it names no level of the scheme, or when anything
 * but a `//` caveat follows the level: `OFFICIAL SENSITIVE` in a scheme that has `OFFICIAL-SENSITIVE`
 * is a misspelling, and reading it as OFFICIAL would under-mark the slide.
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
  if (!/^(\s*\/\/.*)?$/.test(text.slice(level.name.length))) return null
  return { text: level.name + text.slice(level.name.length), rank: found, background: level.background, color: level.color }
}

/**
 * The highest of some markings; null when there are none. The caveats of every marking at that level
 * are kept (`SECRET` and `SECRET//NOFORN` make `SECRET//NOFORN`): a document is marked with all the
 * handling its pages need, never fewer.
 */
export function highestMarking(markings: ReadonlyArray<Marking | null | undefined>): Marking | null {
  let highest: Marking | null = null
  const caveats: string[] = []
  for (const marking of markings) {
    if (!marking || (highest !== null && marking.rank < highest.rank)) continue
    if (highest === null || marking.rank > highest.rank) {
      highest = marking
      caveats.length = 0
    }
    for (const caveat of marking.text.split('//').slice(1).map((c) => c.trim())) if (caveat && !caveats.includes(caveat)) caveats.push(caveat)
  }
  if (!highest) return null
  const level = highest.text.split('//')[0].trim()
  return { ...highest, text: [level, ...caveats].join('//') }
}

/** The error for a marking that names no level: the scheme's levels, and where a caveat goes. */
export function unknownMarking(written: string, scheme: MarkingScheme): string {
  return `\`${written}\` is not a level of the ${scheme.name} marking scheme (${describeScheme(scheme)}); a caveat follows the level after \`//\` (\`${scheme.levels.at(-1)?.name ?? 'LEVEL'}//REL TO …\`)`
}

/** The levels of a scheme as a message lists them: `PUBLIC < INTERNAL < …`. */
export function describeScheme(scheme: MarkingScheme): string {
  return scheme.levels.map((l) => l.name).join(' < ')
}
