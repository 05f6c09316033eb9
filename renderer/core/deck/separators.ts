import { RE2JS } from 're2js'
import type { Diagnostic, FrontMatter } from './deck'

/** A test of one line: a whole-line separator, or the notes marker at the line's start. */
export interface LinePattern {
  test(line: string): boolean
}

/** A marker at the start of a line, such as `Note:`: where it ends (-1 when the line has none). */
export interface PrefixPattern extends LinePattern {
  end(line: string): number
}

/** Separators as line patterns, and the notes marker. */
export interface Separators {
  horizontal: LinePattern
  /** null: this deck has no vertical slides. */
  vertical: LinePattern | null
  notes: PrefixPattern
}

const NOTES = /^[ \t]{0,3}notes?:/i

/** reveal.js's `---` and, for vertical slides, both reveal.js's `--` and reveal-md's `----`. */
export const DEFAULT_SEPARATORS: Separators = {
  horizontal: /^---$/,
  vertical: /^(?:--|----)$/,
  notes: { test: (line) => NOTES.test(line), end: (line) => NOTES.exec(line)?.[0].length ?? -1 },
}

/** Separator lines are short; a longer line is never tested against a deck's own pattern. */
export const MAX_SEPARATOR_LINE = 200

type SeparatorKey = 'separator' | 'verticalSeparator' | 'notesSeparator'

/**
 * The separators a deck's front matter asks for, as the compiler and the editor's gutter both use
 * them: a missing key keeps reveal.js's default; an empty `verticalSeparator` turns vertical slides
 * off; a pattern that is not a valid regex, or could take exponential time, keeps the default (none
 * for vertical slides) with a warning at the key's line.
 */
export function resolveSeparators(
  meta: Pick<FrontMatter, SeparatorKey>,
  keyLines: Record<string, number>,
  file: string,
): { separators: Separators; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const read = <P extends LinePattern>(key: SeparatorKey, fallback: P | null): P | null => {
    const source = meta[key]
    if (source === undefined || source === '') return fallback
    const pattern = (key === 'notesSeparator' ? toPrefixPattern(source, 'i') : toLinePattern(source)) as P | null
    if (pattern) return pattern
    diagnostics.push({
      code: 'W_BAD_SEPARATOR', severity: 'warning', file, line: keyLines[key] ?? 1,
      message: `\`${key}\` is not a regular expression Briefdeck can use (lookarounds and backreferences are not supported); using the default`,
    })
    return fallback
  }
  const separators: Separators = {
    horizontal: read('separator', DEFAULT_SEPARATORS.horizontal) as LinePattern,
    vertical: meta.verticalSeparator === undefined ? DEFAULT_SEPARATORS.vertical : read<LinePattern>('verticalSeparator', null),
    notes: read('notesSeparator', DEFAULT_SEPARATORS.notes) as PrefixPattern,
  }
  return { separators, diagnostics }
}

/**
 * A separator from front matter as a whole-line pattern. reveal.js writes them as regex sources over
 * the whole file (`\r?\n---\r?\n`, `^\s*notes?:`); the line-break and anchor parts are dropped
 * because one line is tested at a time. A deck's pattern runs on RE2 (re2js), in time linear in the
 * line whatever the pattern (`^a*a*a*a*b$` included): JavaScript's backtracking regexes cannot be
 * interrupted. Null when it is not a regex RE2 accepts (lookarounds, backreferences).
 */
export function toLinePattern(source: string, flags = ''): LinePattern | null {
  const pattern = compile(source, flags)
  return pattern && { test: (line) => pattern.matcher(line).matches() }
}

/** A separator from front matter as a marker at a line's start (the notes marker); see toLinePattern. */
export function toPrefixPattern(source: string, flags = ''): PrefixPattern | null {
  const pattern = compile(source, flags)
  return pattern && {
    test: (line) => pattern.matcher(line).lookingAt(),
    end: (line) => {
      const matcher = pattern.matcher(line)
      return matcher.lookingAt() ? matcher.end() : -1
    },
  }
}

function compile(source: string, flags: string): RE2JS | null {
  const core = source
    .replace(/^\^?(?:\\r\?\\n|\\n|\\r\\n|\\r)+/, '')
    .replace(/(?:\\r\?\\n|\\n|\\r\\n|\\r)+\$?$/, '')
    .replace(/^\^/, '')
    .replace(/\$$/, '')
  try {
    return RE2JS.compile(RE2JS.translateRegExp(`(?:${core})`), flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0)
  } catch {
    return null
  }
}
