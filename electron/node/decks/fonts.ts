import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Deck } from '../../../renderer/core/deck/deck'
import {
  type FontFace, codePointsOf, parseFontFaceCss, renderFontFace, selectFontFaces,
} from '../../../renderer/core/html/font-faces'
import { paths, requireFromPackage } from '../files/app-paths'
import { readBundledFile } from './bundled-files'

interface FontSheet { faces: FontFace[]; dir: string; italic: boolean; code: boolean }
interface FontManifest {
  text: string[]
  code: string[]
  stylesheets: Array<{ package: string; file: string; italic?: boolean; code?: boolean }>
}
let fonts: { manifest: FontManifest; sheets: FontSheet[] } | undefined
function loadFonts(): { manifest: FontManifest; sheets: FontSheet[] } {
  if (fonts) return fonts
  const manifest = JSON.parse(readBundledFile(join(paths.fonts, 'fonts.json'))) as FontManifest
  const sheets = manifest.stylesheets.map((sheet) => {
    const dir = dirname(requireFromPackage.resolve(sheet.package))
    return { faces: parseFontFaceCss(readBundledFile(join(dir, sheet.file))), dir, italic: !!sheet.italic, code: !!sheet.code }
  })
  fonts = { manifest, sheets }
  return fonts
}

/** Whether a theme sets its text in the bundled families (Briefdeck's own theme does; reveal.js's themes do not). */
export function usesBundledFonts(themeCss: string): boolean {
  return loadFonts().manifest.text.some((family) => themeCss.includes(`'${family}'`) || themeCss.includes(`"${family}"`))
}

const fontUrls = new Map<string, string>()
function fontDataUrl(file: string): string {
  let url = fontUrls.get(file)
  if (url === undefined) {
    url = `data:font/woff2;base64,${readFileSync(file).toString('base64')}`
    fontUrls.set(file, url)
  }
  return url
}

/**
 * The @font-face rules for exactly the bundled font files that draw the decks' characters, notes
 * included, plus any `extraText` the page shows around them (a book's cover and contents).
 */
export function deckFontCss(decks: readonly Deck[], extraText = ''): string {
  const slides = decks.flatMap((deck) => deck.slides)
  const text = [extraText, ...decks.flatMap((deck) => [deck.title, deck.meta.author ?? '', deck.meta.date ?? '', deck.meta.subtitle ?? '',
    ...deck.slides.flatMap((s) => [s.text, s.notes])])].join(' ')
  return fontCss(text, slides.map((s) => s.codeText).join(''), slides.some((s) => s.hasItalic))
}

const fontCssMemo = new Map<string, string>()
/**
 * The @font-face rules for the bundled font files that draw `text` (and `code` in the code font).
 * Remembered per character set: an editor recompiles on every keystroke, and typing rarely adds a
 * character the deck did not already use, while choosing among the Japanese ranges is costly.
 */
function fontCss(text: string, code: string, italic: boolean): string {
  const key = `${italic}|${codePointsOf(text).join(',')}|${codePointsOf(code).join(',')}`
  let css = fontCssMemo.get(key)
  if (css === undefined) {
    css = selectFontCss(text, code, italic)
    if (fontCssMemo.size >= 32) fontCssMemo.delete(fontCssMemo.keys().next().value as string)
    fontCssMemo.set(key, css)
  }
  return css
}

function selectFontCss(text: string, code: string, italic: boolean): string {
  const { manifest, sheets } = loadFonts()
  const usable = sheets.filter((sheet) => !sheet.italic || italic)
  const pick = (stack: string[], points: number[], forCode: boolean): string[] => {
    const own = usable.filter((sheet) => sheet.code === forCode)
    const chosen = new Set(selectFontFaces(own.flatMap((sheet) => sheet.faces), points, stack))
    return own.flatMap((sheet) => sheet.faces.filter((face) => chosen.has(face))
      .map((face) => renderFontFace(face, fontDataUrl(join(sheet.dir, face.file)))))
  }
  const rules = pick(manifest.text, codePointsOf(text), false)
  if (code !== '') rules.push(...pick(manifest.code, codePointsOf(code), true))
  return rules.join('\n')
}

/** The @font-face rules for the bundled text font files that draw `text` (a diagram's labels, in its own page). */
export function textFontCss(text: string): string {
  return fontCss(text, '', false)
}
