import type { Diagnostic, FrontMatter } from './deck'

/** Separators as full-line patterns (`RegExp`s anchored by the caller) and the notes marker. */
export interface Separators {
  horizontal: RegExp
  /** null: this deck has no vertical slides. */
  vertical: RegExp | null
  notes: RegExp
}

/** reveal.js's `---` and, for vertical slides, both reveal.js's `--` and reveal-md's `----`. */
export const DEFAULT_SEPARATORS: Separators = {
  horizontal: /^---$/,
  vertical: /^(?:--|----)$/,
  notes: /^[ \t]{0,3}notes?:/i,
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
  const read = (key: SeparatorKey, fallback: RegExp | null): RegExp | null => {
    const source = meta[key]
    if (source === undefined || source === '') return fallback
    const pattern = key === 'notesSeparator' ? toLinePattern(source, 'prefix', 'i') : toLinePattern(source, 'line')
    if (pattern) return pattern
    diagnostics.push({
      code: 'W_BAD_SEPARATOR', severity: 'warning', file, line: keyLines[key] ?? 1,
      message: `\`${key}\` is not a valid regular expression, or one that could take exponential time; using the default`,
    })
    return fallback
  }
  const separators: Separators = {
    horizontal: read('separator', DEFAULT_SEPARATORS.horizontal) as RegExp,
    vertical: meta.verticalSeparator === undefined ? DEFAULT_SEPARATORS.vertical : read('verticalSeparator', null),
    notes: read('notesSeparator', DEFAULT_SEPARATORS.notes) as RegExp,
  }
  return { separators, diagnostics }
}

/**
 * Turns a separator from front matter into a full-line pattern. reveal.js writes them as regex
 * sources over the whole file (`\r?\n---\r?\n`, `^\s*notes?:`); the line-break and anchor parts
 * are dropped because we test one line at a time. A `prefix` pattern (the notes marker) only has to
 * match the line's start. Returns null when the pattern is not a valid regex, or could take
 * exponential time (see `isLinearEnough`).
 */
export function toLinePattern(source: string, mode: 'line' | 'prefix', flags = ''): RegExp | null {
  if (!isLinearEnough(source)) return null
  const core = source
    .replace(/^\^?(?:\\r\?\\n|\\n|\\r\\n|\\r)+/, '')
    .replace(/(?:\\r\?\\n|\\n|\\r\\n|\\r)+\$?$/, '')
    .replace(/^\^/, '')
    .replace(/\$$/, '')
  try {
    return new RegExp(mode === 'line' ? `^(?:${core})$` : `^(?:${core})`, flags)
  } catch {
    return null
  }
}

/**
 * Refuses the regex shapes that backtrack exponentially (a quantified group that itself contains a
 * quantifier or an alternation, as in `(a+)+` or `(a|aa)*`, and backreferences): a deck's
 * separator runs on every line, and JavaScript regexes cannot be interrupted.
 */
export function isLinearEnough(source: string): boolean {
  if (/\\[1-9]|\\k</.test(source)) return false
  const stack: boolean[] = []
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]
    if (ch === '\\') {
      i++
      continue
    }
    if (ch === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1
      continue
    }
    if (ch === '(') stack.push(false)
    else if (ch === ')') {
      const risky = stack.pop() ?? false
      const next = source[i + 1]
      if (risky && (next === '+' || next === '*' || next === '{')) return false
      if (risky && stack.length > 0) stack[stack.length - 1] = true
    } else if ((ch === '+' || ch === '*' || ch === '{' || ch === '|') && stack.length > 0) stack[stack.length - 1] = true
  }
  return true
}
