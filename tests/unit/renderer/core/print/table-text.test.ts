import { describe, expect, it } from 'vitest'
import { MIN_TABLE_PT, minimumSlideWidth, readableTableWidth, tableTextPt } from '../../../../../renderer/core/print/table-text'

/** The briefing theme's table text: 34 px × 0.8 (themeTableFontPx reads it from the theme). */
const BRIEFING_TABLE_PX = 27.2

describe('tableTextPt', () => {
  it('prints table text at its font size times the slide’s scale and its 92 % content box, in points', () => {
    // A whole 1280 px slide: 27.2 px × 0.92 × 0.75 pt/px.
    expect(tableTextPt(BRIEFING_TABLE_PX, 1280)).toBeCloseTo(18.768, 3)
    // The old handout thumbnail, 56 % of A4 less margins (393.7 px), printed it under 6 pt.
    expect(tableTextPt(BRIEFING_TABLE_PX, 0.56 * 703.0)).toBeCloseTo(5.77, 2)
  })

  it('finds the narrowest slide whose table text prints at 8 pt, and no narrower', () => {
    const width = readableTableWidth(BRIEFING_TABLE_PX)
    expect(width).toBeCloseTo(545.6, 1)
    expect(tableTextPt(BRIEFING_TABLE_PX, width)).toBeCloseTo(MIN_TABLE_PT, 9)
    expect(tableTextPt(BRIEFING_TABLE_PX, width - 1)).toBeLessThan(MIN_TABLE_PT)
    // A theme with larger table text may draw its tables smaller.
    expect(readableTableWidth(42)).toBeLessThan(width)
  })
})

describe('minimumSlideWidth', () => {
  it('asks a readable width of slides with a table only, whatever their attributes', () => {
    expect(minimumSlideWidth('<h2>T</h2><table><tr><td>1</td></tr></table>', BRIEFING_TABLE_PX)).toBe(readableTableWidth(BRIEFING_TABLE_PX))
    expect(minimumSlideWidth('<table class="x">', BRIEFING_TABLE_PX)).toBe(readableTableWidth(BRIEFING_TABLE_PX))
    expect(minimumSlideWidth('<h2>T</h2><p>text</p>', BRIEFING_TABLE_PX)).toBe(0)
    // Text that mentions a table is escaped in a slide's HTML: it is no table.
    expect(minimumSlideWidth('<p>&lt;table&gt; and <code>&lt;table&gt;</code></p><p>tables</p>', BRIEFING_TABLE_PX)).toBe(0)
  })
})
