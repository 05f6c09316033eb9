import { describe, expect, it } from 'vitest'
import { composeDeckStyles } from '../../../../../electron/node/decks/deck-styles'
import { loadThemeCss } from '../../../../../electron/node/decks/themes'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'

const deck = (source: string) => parseDeck(source, { file: 'd.md' }).deck

describe('composeDeckStyles (the one style composer, for pages and print)', () => {
  it('embeds the bundled fonts for a theme that sets text in them, and none for a reveal.js theme', () => {
    const briefing = composeDeckStyles({ decks: [deck('# Hello 日本')] })
    expect(briefing.styles.join('')).toContain("@font-face{font-family:'Noto Sans JP'")
    const black = composeDeckStyles({ decks: [deck('---\ntheme: black\n---\n# Hello 日本')] })
    expect(black.styles[0]).toBe(loadThemeCss('black'))
    expect(black.styles.join('')).not.toContain("@font-face{font-family:'Noto Sans")
  })

  it('warns at the line of an unknown theme or highlight theme, and uses the defaults', () => {
    const styles = composeDeckStyles({ decks: [deck('---\ntitle: T\ntheme: nope\nhighlightTheme: nada\n---\n```js\nx\n```')] })
    expect(styles.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      ['W_UNKNOWN_THEME', 3, 'unknown theme `nope`; using `briefing`'],
      ['W_UNKNOWN_THEME', 4, 'unknown highlightTheme `nada`; using `github`'],
    ])
    expect(styles.styles[0]).toBe(loadThemeCss('briefing'))
    expect(styles.hasCode).toBe(true)
  })

  it('takes a book’s theme from briefing.yml, with its own line in a warning', () => {
    const styles = composeDeckStyles({ decks: [deck('# A')], theme: { value: 'bogus', file: 'briefing.yml', line: 5 } })
    expect(styles.diagnostics).toEqual([expect.objectContaining({ file: 'briefing.yml', line: 5 })])
    expect(composeDeckStyles({ decks: [deck('# A')], theme: { value: 'white', file: 'b.yml', line: 1 } }).styles[0]).toBe(loadThemeCss('white'))
  })

  it('adds code highlighting only for decks with code, and fonts for the extra text a page shows', () => {
    expect(composeDeckStyles({ decks: [deck('# A')] }).styles).toHaveLength(2)
    const withCover = composeDeckStyles({ decks: [deck('# A')], extraText: '日本' }).styles.join('')
    expect(withCover).toContain("font-family:'Noto Sans JP'")
  })
})
