import type { Deck, Diagnostic } from '../../../renderer/core/deck/deck'
import { hasChrome } from '../../../renderer/core/brief/slide-chrome'
import { readStyle } from './bundled-files'
import { deckFontCss, usesBundledFonts } from './fonts'
import { mathCss } from './math-styles'
import { DEFAULT_HIGHLIGHT_THEME, DEFAULT_THEME, loadHighlightCss, loadThemeCss } from './themes'

/** A setting with where it was made, so a problem with its value points at that line. */
export interface Located {
  value: string
  file: string
  line: number
}

export interface StyleRequest {
  decks: readonly Deck[]
  /** A book's `theme` from briefing.yml; otherwise the first deck's own. */
  theme?: Located
  /** Text the page shows besides the decks (a book's cover, a handout's labels), so its characters get fonts. */
  extraText?: string
}

/** The CSS that styles slides, in cascade order, with what was wrong with the settings that chose it. */
export interface DeckStyles {
  styles: string[]
  hasCode: boolean
  diagnostics: Diagnostic[]
}

/**
 * THE style composer, for a deck's page, the app's views and print alike: the theme, the bundled
 * fonts its text needs when the theme sets text in them, KaTeX's rules and fonts when it has
 * formulas, figure styles when it has charts or diagrams, and code highlighting when there is code.
 * An unknown theme or highlight theme is a warning at its line, and the default is used instead.
 */
export function composeDeckStyles(request: StyleRequest): DeckStyles {
  const { decks } = request
  const first = decks[0]
  const diagnostics: Diagnostic[] = []
  const setting = (key: 'theme' | 'highlightTheme'): Located | undefined => {
    const value = first?.meta[key]
    return value === undefined ? undefined : { value, file: first.file, line: first.metaLines[key] ?? 1 }
  }
  const pick = (located: Located | undefined, fallback: string, load: (name: string) => string | null, key: string): string => {
    const css = located ? load(located.value) : null
    if (located && css === null) {
      diagnostics.push({ code: 'W_UNKNOWN_THEME', severity: 'warning', file: located.file, line: located.line, message: `unknown ${key} \`${located.value}\`; using \`${fallback}\`` })
    }
    return css ?? (load(fallback) as string)
  }
  const theme = pick(request.theme ?? setting('theme'), DEFAULT_THEME, loadThemeCss, 'theme')
  const styles = [theme]
  // Markings and draft stamps, drawn on every slide that has them (and only then is their CSS sent).
  const chrome = decks.flatMap((deck) => deck.slides).filter((slide) => hasChrome(slide.attributes))
  const chromeText = chrome.map((slide) => `${slide.attributes['data-bd-marking'] ?? ''} ${slide.attributes['data-bd-draft'] ?? ''}`).join(' ')
  if (usesBundledFonts(theme)) styles.push(deckFontCss(decks, [request.extraText ?? '', chromeText].join(' ')))
  // Formulas, charts and diagrams bring their styles only to decks that have them (and before the
  // code theme, which stays last).
  const math = mathCss(decks)
  if (math !== '') styles.push(math)
  const hasBlocks = decks.some((deck) => deck.slides.some((slide) => slide.blocks.length > 0 || slide.html.includes('bd-math-error')))
  if (hasBlocks) styles.push(readStyle('blocks.css'))
  if (chrome.length > 0) styles.push(readStyle('slide-chrome.css'))
  const hasCode = decks.some((deck) => deck.slides.some((slide) => slide.hasCodeBlock))
  if (hasCode) styles.push(pick(setting('highlightTheme'), DEFAULT_HIGHLIGHT_THEME, loadHighlightCss, 'highlightTheme'))
  return { styles, hasCode, diagnostics }
}
