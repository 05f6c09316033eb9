/** One @font-face of a bundled font: a file covering some Unicode ranges of a family. */
export interface FontFace {
  family: string
  style: string
  weight: number
  /** Inclusive code point ranges the file covers. */
  ranges: Array<[number, number]>
  /** The file's path relative to the stylesheet it was declared in. */
  file: string
}

/**
 * Reads the @font-face rules of a fontsource-style stylesheet (one woff2 file per Unicode range),
 * so a deck can embed only the files that cover characters it uses.
 */
export function parseFontFaceCss(css: string): FontFace[] {
  const faces: FontFace[] = []
  for (const [, body] of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const get = (property: string): string | undefined =>
      new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`).exec(body)?.[1].trim()
    const file = /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/.exec(get('src') ?? '')?.[1]
    const family = get('font-family')?.replace(/^['"]|['"]$/g, '')
    if (!file || !family) continue
    faces.push({
      family,
      style: get('font-style') ?? 'normal',
      weight: Number(get('font-weight') ?? 400),
      ranges: parseUnicodeRange(get('unicode-range') ?? 'U+0-10FFFF'),
      file,
    })
  }
  return faces
}

/** Parses a CSS `unicode-range` such as `U+0000-00FF,U+0131,U+4E??`. */
export function parseUnicodeRange(value: string): Array<[number, number]> {
  return value.split(',').flatMap((part): Array<[number, number]> => {
    const token = part.trim().replace(/^u\+/i, '')
    if (token.includes('?')) return [[parseInt(token.replace(/\?/g, '0'), 16), parseInt(token.replace(/\?/g, 'F'), 16)]]
    const [start, end = start] = token.split('-')
    const range: [number, number] = [parseInt(start, 16), parseInt(end, 16)]
    return Number.isNaN(range[0]) || Number.isNaN(range[1]) ? [] : [range]
  })
}

/** The distinct code points of a text, sorted. */
export function codePointsOf(text: string): number[] {
  const points = new Set<number>()
  for (const ch of text) points.add(ch.codePointAt(0) as number)
  return [...points].sort((a, b) => a - b)
}

/**
 * The faces a font stack needs to draw the code points, so only the glyph subsets a deck uses are
 * embedded. As in the browser's cascade, a code point is drawn by the first family in `stack`
 * that covers it, so a fallback family (Devanagari, Japanese) is only embedded for the characters
 * the families before it lack. Printable ASCII is always covered, for the UI. Every weight and
 * style of a needed range is kept: which one a character is set in is only known after layout.
 */
export function selectFontFaces(faces: readonly FontFace[], codePoints: readonly number[], stack: readonly string[]): FontFace[] {
  let remaining = new Set(codePoints)
  for (let c = 0x20; c < 0x7f; c++) remaining.add(c)
  const selected = new Set<FontFace>()
  for (const family of stack) {
    const own = faces.filter((face) => face.family === family)
    const covered = new Set([...remaining].filter((c) => own.some((face) => covers(face, c))))
    for (const face of own) if ([...covered].some((c) => covers(face, c))) selected.add(face)
    remaining = new Set([...remaining].filter((c) => !covered.has(c)))
  }
  return faces.filter((face) => selected.has(face))
}

function covers(face: FontFace, codePoint: number): boolean {
  return face.ranges.some(([lo, hi]) => codePoint >= lo && codePoint <= hi)
}

/** The @font-face rule for a face whose file is reachable at `url` (a data: URL when inlined). */
export function renderFontFace(face: FontFace, url: string): string {
  const ranges = face.ranges.map(([lo, hi]) => (lo === hi ? `U+${hex(lo)}` : `U+${hex(lo)}-${hex(hi)}`)).join(',')
  return `@font-face{font-family:'${face.family}';font-style:${face.style};font-weight:${face.weight};` +
    `font-display:block;src:url(${url}) format('woff2');unicode-range:${ranges}}`
}

function hex(n: number): string {
  return n.toString(16).toUpperCase()
}
