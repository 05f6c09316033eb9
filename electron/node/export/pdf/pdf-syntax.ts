/**
 * The little of PDF's syntax (ISO 32000-1 §7.2–7.3) the writer needs to read and rewrite the
 * dictionaries Chromium prints: strings, names, numbers, references, arrays and dictionaries, on
 * `latin1` text (one character per byte, so lengths and offsets are bytes).
 */

const WHITESPACE = new Set([0, 9, 10, 12, 13, 32])
const DELIMITERS = new Set([40, 41, 60, 62, 91, 93, 123, 125, 47, 37])

export const isWhitespace = (code: number): boolean => WHITESPACE.has(code)
const isRegular = (code: number): boolean => !WHITESPACE.has(code) && !DELIMITERS.has(code) && !Number.isNaN(code)

/** A PDF that is not in the form Chromium writes: the caller finishes it another way. */
export class UnsupportedPdf extends Error {}

/** Where the literal string starting at `start` (its `(`) ends: the index after its balancing `)`. */
function endOfLiteral(text: string, start: number): number {
  let depth = 0
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 92) i++ // a backslash escapes the next character
    else if (code === 40) depth++
    else if (code === 41 && --depth === 0) return i + 1
  }
  throw new UnsupportedPdf('unterminated string')
}

/** One piece of an object's text: a string (literal or hex), or what lies between strings. */
export interface Piece {
  text: string
  isString: boolean
}

/**
 * Splits an object's text into strings and the rest. Rewrites that look for keys, names and
 * references apply to the rest only: a string may hold any text ("3 0 R" in a title).
 */
export function splitStrings(text: string): Piece[] {
  // Most objects hold no string at all: one piece, without a walk through every character.
  if (!/[(%]|<(?!<)/.test(text.replace(/<</g, ''))) return [{ text, isString: false }]
  const pieces: Piece[] = []
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let end = -1
    if (code === 40) end = endOfLiteral(text, i)
    else if (code === 60 && text.charCodeAt(i + 1) !== 60) {
      end = text.indexOf('>', i) + 1
      if (end === 0) throw new UnsupportedPdf('unterminated hex string')
    } else if (code === 60) i++ // `<<`
    else if (code === 37) throw new UnsupportedPdf('a comment inside an object')
    if (end !== -1) {
      if (i > from) pieces.push({ text: text.slice(from, i), isString: false })
      pieces.push({ text: text.slice(i, end), isString: true })
      from = end
      i = end - 1
    }
  }
  if (from < text.length) pieces.push({ text: text.slice(from), isString: false })
  return pieces
}

/** The index after the value (dictionary, array, string, name, number, reference…) that starts at `start`. */
export function endOfValue(text: string, start: number): number {
  let i = start
  while (isWhitespace(text.charCodeAt(i))) i++
  const code = text.charCodeAt(i)
  if (code === 40) return endOfLiteral(text, i)
  if (code === 60 && text.charCodeAt(i + 1) !== 60) return text.indexOf('>', i) + 1
  if (code === 60 || code === 91) {
    let depth = 0
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 40) {
        i = endOfLiteral(text, i) - 1
      } else if (c === 60 && text.charCodeAt(i + 1) === 60) {
        depth++
        i++
      } else if (c === 62 && text.charCodeAt(i + 1) === 62) {
        depth--
        i++
        if (depth === 0) return i + 1
      } else if (c === 60) {
        i = text.indexOf('>', i)
      } else if (c === 91) depth++
      else if (c === 93 && --depth === 0) return i + 1
    }
    throw new UnsupportedPdf('unbalanced dictionary or array')
  }
  if (code === 47) {
    i++
    while (isRegular(text.charCodeAt(i))) i++
    return i
  }
  // A number, a keyword, or a reference `n g R`.
  const token = (at: number): number => {
    let j = at
    while (isRegular(text.charCodeAt(j))) j++
    return j
  }
  const first = token(i)
  const reference = /^\s+\d+\s+R(?![^\s/[\]<>()%])/.exec(text.slice(first, first + 24))
  return reference && /^\d+$/.test(text.slice(i, first)) ? first + reference[0].length : first
}

/** A dictionary's entries, each key (without `/`) with its value's text, in order. */
export function dictEntries(text: string): Map<string, string> {
  const entries = new Map<string, string>()
  let i = text.indexOf('<<')
  if (i === -1) throw new UnsupportedPdf('not a dictionary')
  i += 2
  for (;;) {
    while (isWhitespace(text.charCodeAt(i))) i++
    if (text.startsWith('>>', i) || i >= text.length) return entries
    if (text.charCodeAt(i) !== 47) throw new UnsupportedPdf('a dictionary key that is not a name')
    let keyEnd = i + 1
    while (isRegular(text.charCodeAt(keyEnd))) keyEnd++
    const valueEnd = endOfValue(text, keyEnd)
    entries.set(text.slice(i + 1, keyEnd), text.slice(keyEnd, valueEnd).trim())
    i = valueEnd
  }
}

/** Writes dictionary entries back as a dictionary. */
export function toDict(entries: Iterable<[string, string]>): string {
  return `<<${[...entries].map(([key, value]) => `/${key} ${value}`).join('\n')}>>`
}

/** The object numbers of the references in a value's text (an array of references, one reference). */
export function refsIn(text: string): number[] {
  const refs: number[] = []
  for (const piece of splitStrings(text)) {
    if (piece.isString) continue
    for (const match of piece.text.matchAll(/(\d+)\s+\d+\s+R(?![^\s/[\]<>()%])/g)) refs.push(Number(match[1]))
  }
  return refs
}

/** The object number of a value that is one reference, or undefined. */
export function refOf(text: string | undefined): number | undefined {
  const match = text === undefined ? null : /^(\d+)\s+\d+\s+R$/.exec(text.trim())
  return match ? Number(match[1]) : undefined
}

/** The items of an array's text (`[a b c]`), each a value's text. */
export function arrayItems(text: string): string[] {
  const trimmed = text.trim()
  if (!trimmed.startsWith('[')) throw new UnsupportedPdf('not an array')
  const items: string[] = []
  let i = 1
  for (;;) {
    while (isWhitespace(trimmed.charCodeAt(i))) i++
    if (trimmed.charCodeAt(i) === 93 || i >= trimmed.length) return items
    const end = endOfValue(trimmed, i)
    items.push(trimmed.slice(i, end))
    i = end
  }
}

/** A text string as PDF writes text for people (titles, bookmarks): UTF-16BE with its byte-order mark, in hex. */
export function toPdfText(text: string): string {
  let hex = 'FEFF'
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase()
  return `<${hex}>`
}

/** A string for machines (a language tag, a date): a literal string when it is ASCII, else as toPdfText. */
export function toPdfString(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})` : toPdfText(text)
}
