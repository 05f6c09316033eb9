import { describe, expect, it } from 'vitest'
import { chartAlt } from '../../../../../renderer/core/chart/chart-alt'

const bar = { mark: 'bar', encoding: { x: { field: 'year', title: 'Fiscal year' }, y: { field: 'usd' } } }

describe('chartAlt', () => {
  it('says the title, what is plotted against what, and each value when there are few', () => {
    expect(chartAlt({ ...bar, title: 'Deficit.' }, [{ year: 'FY22', usd: 16.3 }, { year: 'FY23', usd: 17.6 }]))
      .toBe('Deficit. Bar chart of usd by Fiscal year, 2 data points: FY22 16.3; FY23 17.6.')
  })

  it('falls back to the description, names the colour field, and gives a range when there are many rows', () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ year: `Y${i}`, usd: i + 1, flow: i % 2 ? 'in' : 'out' }))
    const spec = { description: 'Flows', mark: { type: 'line' }, encoding: { ...bar.encoding, color: { field: 'flow' } } }
    expect(chartAlt(spec, rows)).toBe('Flows. Line chart of usd by Fiscal year, by flow, 30 data points; usd from 1 to 30.')
  })

  it('still says what it is without a title or data', () => {
    expect(chartAlt({ layer: [] }, [])).toBe('Layered chart, 0 data points.')
  })
})
