import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Deck } from '../../../renderer/core/deck/deck'
import { type FontFace, parseFontFaceCss } from '../../../renderer/core/html/font-faces'
import { requireFromPackage } from '../files/app-paths'
import { readBundledFile } from './bundled-files'

const KATEX_DIST = dirname(requireFromPackage.resolve('katex/dist/katex.min.css'))

interface KatexSheet { rules: string; faces: FontFace[] }
let sheet: KatexSheet | undefined
/** KaTeX's stylesheet, split into its rules and its @font-face declarations (whose files are chosen per deck). */
function katexSheet(): KatexSheet {
  if (sheet) return sheet
  const css = readBundledFile(join(KATEX_DIST, 'katex.min.css'))
  // KaTeX names its weights `normal` and `bold`; the face list reads numbers.
  const faces = parseFontFaceCss(css.replace(/font-weight:\s*bold/g, 'font-weight:700').replace(/font-weight:\s*normal/g, 'font-weight:400'))
  sheet = { rules: css.replace(/@font-face\s*{[^}]*}/g, ''), faces }
  return sheet
}

const fontUrls = new Map<string, string>()
function fontUrl(file: string): string {
  let url = fontUrls.get(file)
  if (url === undefined) {
    url = `data:font/woff2;base64,${readFileSync(join(KATEX_DIST, file)).toString('base64')}`
    fontUrls.set(file, url)
  }
  return url
}

/**
 * The CSS a deck's formulas need, or '' when it has none (a deck without math is as small as
 * before): KaTeX's rules, and the font files of exactly the faces its formulas are drawn in
 * (Slide.mathFaces), matched as a browser matches a face to a family's files.
 */
export function mathCss(decks: readonly Deck[]): string {
  const wanted = new Set(decks.flatMap((deck) => deck.slides.flatMap((slide) => slide.mathFaces)))
  if (wanted.size === 0 && !decks.some((deck) => deck.slides.some((slide) => slide.html.includes('class="katex')))) return ''
  const { rules, faces } = katexSheet()
  const chosen = new Set<FontFace>()
  for (const name of wanted) {
    const [family, weight, style] = name.split(' ')
    const face = closestFace(faces.filter((f) => f.family === family), weight === 'bold' ? 700 : 400, style)
    if (face) chosen.add(face)
  }
  const fontFaces = faces.filter((face) => chosen.has(face)).map((face) =>
    `@font-face{font-family:${face.family};font-style:${face.style};font-weight:${face.weight};font-display:block;src:url(${fontUrl(face.file)}) format('woff2')}`)
  return [rules, ...fontFaces].join('\n')
}

/** The face a browser draws a family in for a weight and style: the same style first, then the nearest weight. */
function closestFace(faces: readonly FontFace[], weight: number, style: string): FontFace | undefined {
  const styled = faces.filter((face) => face.style === style)
  const pool = styled.length > 0 ? styled : faces
  return [...pool].sort((a, b) => Math.abs(a.weight - weight) - Math.abs(b.weight - weight))[0]
}
