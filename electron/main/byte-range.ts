/** What to send for a file of some size, given the request's `Range` header. */
export type ByteRange =
  | { kind: 'whole' }
  | { kind: 'part'; start: number; end: number }
  | { kind: 'unsatisfiable' }

/**
 * Reads a `Range` header (RFC 9110 §14.1.2) for a file of `size` bytes: `bytes=a-b`, `bytes=a-` and
 * the suffix form `bytes=-n`. `end` is inclusive. A header that is absent, malformed, in another unit
 * or asks for several ranges gets the whole file, as the RFC allows a server to answer; a range that
 * starts past the end is unsatisfiable (416).
 */
export function parseByteRange(header: string | null | undefined, size: number): ByteRange {
  const match = /^bytes=(\d{0,15})-(\d{0,15})$/i.exec(header?.trim() ?? '')
  if (!match || (match[1] === '' && match[2] === '')) return { kind: 'whole' }
  const [first, last] = [match[1], match[2]]
  if (first === '') {
    // bytes=-n: the last n bytes (all of them when n is larger than the file).
    const length = Number(last)
    if (length === 0 || size === 0) return { kind: 'unsatisfiable' }
    return { kind: 'part', start: Math.max(0, size - length), end: size - 1 }
  }
  const start = Number(first)
  if (last !== '' && Number(last) < start) return { kind: 'whole' }
  if (start >= size) return { kind: 'unsatisfiable' }
  return { kind: 'part', start, end: last === '' ? size - 1 : Math.min(Number(last), size - 1) }
}
