import { describe, expect, it } from 'vitest'
import { loadThemeCss } from '../../../../../electron/node/decks/themes'
import { themeTableFontPx } from '../../../../../electron/node/export/theme-table-font'

describe('themeTableFontPx', () => {
  it('reads the briefing theme’s table text: its 34 px main size times its table rule’s 0.8 em', () => {
    expect(themeTableFontPx(loadThemeCss('briefing')!)).toBeCloseTo(27.2, 9)
  })

  it('falls back to the main size for a theme whose tables inherit it (reveal.js white: 42 px)', () => {
    expect(themeTableFontPx(loadThemeCss('white')!)).toBe(42)
  })

  it('takes the last table rule in px, em or %, and ignores rules for other elements and comments', () => {
    const css = (rules: string) => `:root { --r-main-font-size: 40px } ${rules}`
    expect(themeTableFontPx(css('.reveal table { font-size: 20px }'))).toBe(20)
    expect(themeTableFontPx(css('.reveal table { color: red; font-size: 50% }'))).toBe(20)
    expect(themeTableFontPx(css('.reveal table { font-size: 0.5em } .reveal .slides table { font-size: 0.75em }'))).toBe(30)
    expect(themeTableFontPx(css('.reveal tables { font-size: 10px } /* table { font-size: 1px } */'))).toBe(40)
  })
})
