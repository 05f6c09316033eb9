import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { closeBlockHosts, nodeBlockRenderer } from '../../../../../electron/node/blocks/render-blocks'
import { CHART_HEAP_MB, OVER_BUDGET } from '../../../../../electron/node/blocks/chart-host'
import type { BlockResult } from '../../../../../renderer/core/blocks/block'
import { MAX_DATA_BYTES } from '../../../../../renderer/core/chart/chart-spec'
import { useTempDir } from '../../../../helpers/temp-dir'

const tempDir = useTempDir()
afterAll(closeBlockHosts)
const BAR = 'mark: bar\nencoding:\n  x: {field: year, type: ordinal}\n  y: {field: value, type: quantitative}'

/** Draws one chart block for a deck in `deckDir`, through the chart worker, as `build` does. */
async function drawOne(deckDir: string, source: string): Promise<BlockResult> {
  const [result] = await nodeBlockRenderer({ deckDir })([{ kind: 'chart', source }])
  return result
}

describe('charts drawn for a deck', () => {
  it('reads a CSV beside the deck and puts its labels in the sanitised SVG', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'data'))
    writeFileSync(join(dir, 'data', 'trade.csv'), 'year,value\nFY2019-20,16.3\nFY2021-22,17.6\n')
    const result = await drawOne(dir, `data: {url: data/trade.csv}\n${BAR}`)
    if (!result.ok) throw new Error(result.message)
    expect(result.svg).toContain('>FY2019-20<')
    expect(result.svg).toMatch(/^<svg[^>]* role="img" aria-label="Bar chart of value by year, 2 data points: FY2019-20 16.3; FY2021-22 17.6."/)
    expect(result.text).toContain('FY2021-22')
  })

  it('reads nothing outside the deck\'s folder: not ../, not an absolute path, not a symlink leading out', async () => {
    const outside = tempDir()
    writeFileSync(join(outside, 'secret.csv'), 'year,value\nTOPSECRET,1\n')
    const dir = join(outside, 'deck')
    mkdirSync(dir)
    symlinkSync(join(outside, 'secret.csv'), join(dir, 'linked.csv'))
    symlinkSync(outside, join(dir, 'up'))
    for (const url of ['../secret.csv', join(outside, 'secret.csv'), '../../../../../../etc/passwd', 'linked.csv', 'up/secret.csv', 'http://127.0.0.1:9/x.csv', 'file:///etc/passwd']) {
      const result = await drawOne(dir, `data: {url: "${url}"}\n${BAR}`)
      expect(result, url).toMatchObject({ ok: false, message: expect.stringMatching(/outside the deck|not loaded|offline/) })
      expect(JSON.stringify(result)).not.toContain('TOPSECRET')
    }
  })

  it('refuses a data file larger than a chart reads before reading it, naming its size', async () => {
    const dir = tempDir()
    const row = 'FY2019-20,16.3\n'
    writeFileSync(join(dir, 'huge.csv'), `year,value\n${row.repeat(Math.ceil(MAX_DATA_BYTES / row.length) + 10)}`)
    const result = await drawOne(dir, `data: {url: huge.csv}\n${BAR}`)
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^data file huge\.csv is \d+ KiB, more than a chart reads/) })
  })

  it('draws no link: an href channel with javascript: is unwrapped to its marks', async () => {
    const dir = tempDir()
    const result = await drawOne(dir, 'data: {values: [{year: a, value: 1, u: "javascript:alert(1)"}]}\nmark: bar\nencoding:\n  x: {field: year}\n  y: {field: value, type: quantitative}\n  href: {field: u}')
    if (!result.ok) throw new Error(result.message)
    expect(result.svg).toContain('<path')
    expect(result.svg).not.toMatch(/<a\b|href=/)
    // The address survives only as words of the bar's description, which nothing follows.
    expect(result.svg.match(/[^ ]*javascript:[^ ]*/g)).toEqual(['javascript:alert(1)"'])
    expect(result.svg).toContain('aria-label="year: a; value: 1; u: javascript:alert(1)"')
  })

  it('draws a deck\'s charts within a time for all of them: the ones whose turn comes later say why, and are drawn next time', async () => {
    const dir = tempDir()
    // Three million rows: stopped by the process's heap or the row limit, well after the 200 ms given here.
    const slow = 'data: {values: [{a: 1}]}\ntransform: [{calculate: "sequence(0, 3000000)", as: n}, {flatten: [n]}]\nmark: point'
    const quick = (name: string) => `data: {values: [{year: ${name}, value: 2}]}\n${BAR}`
    const results = await nodeBlockRenderer({ deckDir: dir, chartBudgetMs: 200 })([slow, quick('Q1'), quick('Q2')].map((source) => ({ kind: 'chart' as const, source })))
    expect(results[0]).toMatchObject({ ok: false, message: expect.stringMatching(/rows|MiB/) })
    expect(results.slice(1)).toEqual([{ ok: false, message: OVER_BUDGET }, { ok: false, message: OVER_BUDGET }])
    expect(await drawOne(dir, quick('Q1'))).toMatchObject({ ok: true })
  }, 60_000)

  it(`stops a chart whose data would fill memory (its process is allowed ${CHART_HEAP_MB} MiB), and draws the next one`, async () => {
    const dir = tempDir()
    const bomb = await drawOne(dir, 'data: {values: [{a: 1}]}\ntransform: [{calculate: "length(sequence(0, 200000000))", as: n}]\nmark: point')
    expect(bomb).toMatchObject({ ok: false, message: expect.stringMatching(/more than \d+ MiB|stopped/) })
    const next = await drawOne(dir, `data: {values: [{year: FY1, value: 2}]}\n${BAR}`)
    expect(next).toMatchObject({ ok: true })
  }, 60_000)
})
