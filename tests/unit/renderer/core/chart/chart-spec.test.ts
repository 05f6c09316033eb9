import { describe, expect, it } from 'vitest'
import { inlineChartData, readChartSpec } from '../../../../../renderer/core/chart/chart-spec'

describe('chart specs', () => {
  it('reads YAML and JSON, and lists the data files it reads beside the deck', () => {
    expect(readChartSpec('data: {url: data/trade.csv}\nmark: bar')).toEqual({ ok: true, spec: { data: { url: 'data/trade.csv' }, mark: 'bar' }, files: ['data/trade.csv'] })
    expect(readChartSpec('{"data": {"values": [{"a": 1}]}, "mark": "point"}')).toMatchObject({ ok: true, files: [] })
  })

  it('refuses data from the network, from outside the deck folder, and any other URL, naming it', () => {
    expect(readChartSpec('data: {url: "http://example.com/x.csv"}\nmark: bar')).toMatchObject({ ok: false, message: expect.stringContaining('decks work offline') })
    expect(readChartSpec('data: {url: "//example.com/x.csv"}\nmark: bar')).toMatchObject({ ok: false, message: expect.stringContaining('decks work offline') })
    for (const url of ['../secret.csv', '/etc/passwd', 'C:\\\\x.csv', 'a/../../x.csv', '%2e%2e/x.csv', 'a/%2e%2e/%2e%2e/x.csv', '\\\\\\\\server\\\\x.csv', 'data:text/csv,a%0A1', 'javascript:alert(1)']) {
      expect(readChartSpec(`data: {url: "${url}"}\nmark: bar`)).toMatchObject({ ok: false, message: expect.stringContaining('outside the deck') })
    }
    expect(readChartSpec('transform: [{lookup: k, from: {data: {url: "https://x/y.json"}, key: k}}]\nmark: bar')).toMatchObject({ ok: false })
    expect(readChartSpec('data: {values: [{u: x}]}\nmark: {type: image, url: "http://example.com/a.png"}')).toMatchObject({ ok: false, message: expect.stringContaining('loads nothing') })
  })

  it('reports a YAML error at its line within the block, and a spec that is not a mapping', () => {
    expect(readChartSpec('mark: bar\nencoding: [\n')).toMatchObject({ ok: false, line: 2 })
    expect(readChartSpec('- a\n- b')).toMatchObject({ ok: false, message: expect.stringContaining('mapping') })
  })

  it('names an unknown mark or field type at its line, where Vega-Lite would say something internal', () => {
    expect(readChartSpec('data: {values: [{a: 1}]}\nmark: blorp\nencoding:\n  x: {field: a}')).toEqual({
      ok: false, line: 2, message: expect.stringMatching(/^unknown mark `blorp`; Vega-Lite knows arc, area, bar, .*boxplot/),
    })
    expect(readChartSpec('mark: 42')).toMatchObject({ ok: false, line: 1, message: expect.stringContaining('unknown mark `42`') })
    expect(readChartSpec('mark:\n  type: barr\n  tooltip: true')).toMatchObject({ ok: false, line: 2, message: expect.stringContaining('unknown mark `barr`') })
    expect(readChartSpec('layer:\n  - mark: bar\n  - mark: lines')).toMatchObject({ ok: false, line: 3, message: expect.stringContaining('`lines`') })
    expect(readChartSpec('mark: bar\nencoding:\n  x: {field: a, type: bogus}')).toMatchObject({
      ok: false, line: 3, message: 'unknown field type `bogus`; Vega-Lite knows quantitative, ordinal, temporal, nominal, geojson',
    })
    // Other `type:` keys (a scale's, a data format's) and anything in inline data are not marks or field types.
    expect(readChartSpec('data: {values: [{mark: x, type: y}], format: {type: json}}\nmark: {type: bar}\nencoding:\n  y: {field: a, type: quantitative, scale: {type: log}}')).toMatchObject({ ok: true })
  })

  it('refuses alias bombs rather than expanding them', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n')
    expect(readChartSpec(bomb)).toMatchObject({ ok: false })
  })

  it('puts each data file\'s text in place of its URL, with its format from the file ending', () => {
    const read = readChartSpec('data: {url: t.csv}\nlayer:\n  - mark: bar\n  - data: {url: m.json}\n    mark: rule')
    if (!read.ok) throw new Error(read.message)
    const inlined = inlineChartData(read.spec, new Map([['t.csv', 'a,b\n1,2'], ['m.json', '[]']]))
    expect(inlined).toEqual({ data: { values: 'a,b\n1,2', format: { type: 'csv' } }, layer: [{ mark: 'bar' }, { data: { values: '[]', format: { type: 'json' } }, mark: 'rule' }] })
    expect(read.spec).toEqual({ data: { url: 't.csv' }, layer: [{ mark: 'bar' }, { data: { url: 'm.json' }, mark: 'rule' }] })
  })
})
