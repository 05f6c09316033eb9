import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Deck, Diagnostic } from '../../renderer/core/deck/deck'
import {
  type FontFace, codePointsOf, parseFontFaceCss, renderFontFace, selectFontFaces,
} from '../../renderer/core/html/font-faces'
import type { DeckRuntime, InlineScript } from '../../renderer/core/html/render-deck'
import { paths, requireFromPackage } from './app-paths'

/** Briefdeck's own theme; any reveal.js theme name (black, white, league…) works too. */
export const DEFAULT_THEME = 'briefing'
export const DEFAULT_HIGHLIGHT_THEME = 'github'

const REVEAL_DIST = dirname(requireFromPackage.resolve('reveal.js'))
const HIGHLIGHT_STYLES = join(dirname(requireFromPackage.resolve('highlight.js/package.json')), 'styles')

const files = new Map<string, string>()
/** Reads a runtime file once per process: every deck of a book shares them. */
function read(path: string): string {
  let text = files.get(path)
  if (text === undefined) {
    text = readFileSync(path, 'utf8')
    files.set(path, text)
  }
  return text
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64')
}

function script(code: string): InlineScript {
  return { code, sha256: sha256(code) }
}

/**
 * The hashes of the inline scripts of reveal.js's speaker view. The notes plugin writes that page
 * into an about:blank popup, which inherits the deck's CSP, so the CSP must allow exactly those
 * scripts. They are read out of the plugin's `document.write(`...`)` string literal.
 */
export function speakerViewScriptHashes(notesPlugin: string): string[] {
  const call = /document\.write\((["'`])/.exec(notesPlugin)
  if (!call) throw new Error('reveal.js notes plugin: speaker view page not found; update speakerViewScriptHashes')
  const quote = call[1]
  const start = call.index + call[0].length
  let end = start
  while (end < notesPlugin.length && !(notesPlugin[end] === quote && notesPlugin[end - 1] !== '\\')) end++
  const literal = notesPlugin.slice(start, end)
  if (quote === '`' && literal.includes('${')) throw new Error('reveal.js notes plugin: speaker view page is a template; update speakerViewScriptHashes')
  const html = unescapeJs(literal)
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]))
}

/** The value of a JavaScript string literal's body: its backslash escapes resolved. */
function unescapeJs(body: string): string {
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' }
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/g, (_m, e: string) => {
    if (e[0] === 'u' && e.length > 1) return String.fromCodePoint(parseInt(e.replace(/[u{}]/g, ''), 16))
    if (e[0] === 'x' && e.length === 3) return String.fromCharCode(parseInt(e.slice(1), 16))
    if (e === '\n' || e === '\r\n' || e === '\r') return ''
    return simple[e] ?? e
  })
}

/** The theme's CSS, or null when no theme of that name exists. Remote @imports are dropped (offline). */
export function loadThemeCss(name: string): string | null {
  if (!/^[a-z0-9-]+$/.test(name)) return null
  const own = join(paths.themes, `${name}.css`)
  if (existsSync(own)) return read(own)
  const reveal = join(REVEAL_DIST, 'theme', `${name}.css`)
  if (existsSync(reveal)) return read(reveal).replace(/@import\s+(url\()?\s*["']?(https?:)?\/\/[^;]*;/gi, '')
  return null
}

interface FontSheet { faces: FontFace[]; dir: string; italic: boolean; code: boolean }
interface FontManifest {
  text: string[]
  code: string[]
  stylesheets: Array<{ package: string; file: string; italic?: boolean; code?: boolean }>
}
let fonts: { manifest: FontManifest; sheets: FontSheet[] } | undefined
function loadFonts(): { manifest: FontManifest; sheets: FontSheet[] } {
  if (fonts) return fonts
  const manifest = JSON.parse(read(join(paths.fonts, 'fonts.json'))) as FontManifest
  const sheets = manifest.stylesheets.map((sheet) => {
    const dir = dirname(requireFromPackage.resolve(sheet.package))
    return { faces: parseFontFaceCss(read(join(dir, sheet.file))), dir, italic: !!sheet.italic, code: !!sheet.code }
  })
  fonts = { manifest, sheets }
  return fonts
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

/** Whether any slide has a code block (the highlight plugin, its CSS and the print highlighter follow). */
export function hasCodeBlocks(decks: readonly Deck[]): boolean {
  return decks.some((deck) => deck.slides.some((s) => s.html.includes('<pre><code')))
}

/**
 * The @font-face rules for exactly the bundled font files that draw the decks' characters, notes
 * included, plus any `extraText` the page shows around them (a book's cover and contents).
 */
export function deckFontCss(decks: readonly Deck[], extraText = ''): string {
  const allHtml = decks.flatMap((deck) => deck.slides.map((s) => s.html + s.notesHtml)).join('')
  const text = [extraText, ...decks.flatMap((deck) => [deck.title, deck.meta.author ?? '', deck.meta.date ?? '', deck.meta.subtitle ?? '',
    ...deck.slides.flatMap((s) => [s.text, s.notes])])].join(' ')
  const code = [...allHtml.matchAll(/<code[^>]*>([\s\S]*?)<\/code>/g)].map((m) => m[1]).join('')
  return fontCss(text, code, /<(em|i)[\s>]/.test(allHtml))
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

/** Reads a file of Briefdeck's own templates once per process. */
export function readTemplate(name: string): string {
  return read(join(paths.templates, name))
}

/** Reads a stylesheet of Briefdeck's own (assets/styles/) once per process. */
export function readStyle(name: string): string {
  return read(join(paths.assets, 'styles', name))
}

/** An inline script with the hash a CSP allows it by. */
export function toInlineScript(code: string): InlineScript {
  return script(code)
}

/** The CSS of a highlight.js style, or null when there is none of that name. */
export function loadHighlightCss(name: string): string | null {
  if (!/^[a-z0-9-]+$/.test(name)) return null
  const file = join(HIGHLIGHT_STYLES, `${name}.css`)
  return existsSync(file) ? read(file) : null
}

let speakerHashes: string[] | undefined
function speakerViewHashes(notesPlugin: string): string[] {
  speakerHashes ??= speakerViewScriptHashes(notesPlugin)
  return speakerHashes
}

/**
 * The CSS that styles a deck's slides: theme, the fonts its text needs, and code highlighting when
 * it has code. reveal.js's own core CSS is not included. Unknown theme names become diagnostics.
 */
export function deckStyles(deck: Deck): { styles: string[]; hasCode: boolean; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const warn = (key: string, message: string): void => {
    diagnostics.push({ code: 'W_UNKNOWN_THEME', severity: 'warning', file: deck.file, line: deck.metaLines[key] ?? 1, message })
  }
  let themeName = deck.meta.theme ?? DEFAULT_THEME
  let theme = loadThemeCss(themeName)
  if (theme === null) {
    warn('theme', `unknown theme \`${themeName}\`; using \`${DEFAULT_THEME}\``)
    themeName = DEFAULT_THEME
    theme = loadThemeCss(DEFAULT_THEME) as string
  }
  const hasCode = hasCodeBlocks([deck])
  const styles = [theme]
  if (themeName === DEFAULT_THEME) styles.push(deckFontCss([deck]))
  if (hasCode) {
    const name = deck.meta.highlightTheme ?? DEFAULT_HIGHLIGHT_THEME
    let css = loadHighlightCss(name)
    if (css === null) {
      warn('highlightTheme', `unknown highlightTheme \`${name}\`; using \`${DEFAULT_HIGHLIGHT_THEME}\``)
      css = loadHighlightCss(DEFAULT_HIGHLIGHT_THEME) as string
    }
    styles.push(css)
  }
  return { styles, hasCode, diagnostics }
}

/**
 * Everything a self-contained deck page needs besides the slides: reveal.js, the deck's styles
 * (see deckStyles), the notes plugin, and the highlight plugin only when the deck has code.
 */
export function loadDeckRuntime(deck: Deck): { runtime: DeckRuntime; diagnostics: Diagnostic[] } {
  const { styles, hasCode, diagnostics } = deckStyles(deck)
  const notes = read(join(REVEAL_DIST, 'plugin', 'notes.js'))
  const scripts = [script(read(join(REVEAL_DIST, 'reveal.js'))), script(notes)]
  if (hasCode) scripts.push(script(read(join(REVEAL_DIST, 'plugin', 'highlight.js'))))
  scripts.push(script(read(join(paths.templates, 'deck-init.js'))))
  return { runtime: { styles: [read(join(REVEAL_DIST, 'reveal.css')), ...styles], scripts, popupScriptHashes: speakerViewHashes(notes) }, diagnostics }
}
