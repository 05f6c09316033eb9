import { describe, expect, it } from 'vitest'
import { figureKey, findFigures } from '../../../../../renderer/core/sources/figures'

const keys = (text: string) => findFigures(text).map(figureKey)

describe('findFigures: one figure, however it is written', () => {
  it.each([
    ['$22.85 billion', '$22.85 bn', '22.85 billion dollars', 'US$22.85bn', 'US$ 22,850 million'],
    ['15 per cent', '15%', '15 percent', '15 pc'],
    ['360 kmph', '360 km/h', '360 kilometres per hour', '360 kph'],
    ['7,000 km', '7,000-kilometre', '7000 kilometers', 'a 7,000-km line'],
    ['₹5 crore', 'Rs 5 crore', '50 million rupees'],
  ])('%s = %s = %s', (...forms) => {
    const all = forms.map(keys)
    for (const found of all) expect(found).toEqual(all[0])
    expect(all[0]).toHaveLength(1)
  })

  it('keeps apart what differs: the number, the magnitude, the unit', () => {
    expect(new Set([...keys('$12.5 bn'), ...keys('$12.6 bn'), ...keys('$12.5 mn'), ...keys('12.5%'), ...keys('₹12.5 bn')]).size).toBe(5)
  })

  it('reads counts, years and ranges, and skips names with numbers in them', () => {
    expect(findFigures('FY24, E10, Chandrayaan-5, G7 and version 1.2.3; August 29–30, by 2047, in the 1980s').map((f) => f.text)).toEqual(['29', '30', '2047', '1980'])
  })

  it('keeps `m` for metres unless a currency makes it millions', () => {
    expect(findFigures('$5m').map(figureKey)).toEqual(['USD|5000000'])
    expect(findFigures('5 m deep').map(figureKey)).toEqual(['|5'])
  })

  it('reads a long run of digits in linear time, and at most the figures asked for', () => {
    expect(findFigures('9'.repeat(200_000) + ' and 1 2 3').length).toBeGreaterThan(0)
    expect(findFigures('1 '.repeat(1000), 10)).toHaveLength(10)
  })
})
