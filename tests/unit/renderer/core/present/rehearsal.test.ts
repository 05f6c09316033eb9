import { describe, expect, it } from 'vitest'
import { rehearsalRows } from '../../../../../renderer/core/present/rehearsal'

const slides = [0, 1, 2].map((index) => ({ index, title: `Slide ${index + 1}`, notes: '' }))
const run = (seconds: Record<number, number>) => ({ startedAt: 0, endedAt: 1, seconds })

describe('rehearsalRows', () => {
  it('has no last time for a slide the last rehearsal never showed, rather than 0:00', () => {
    const rows = rehearsalRows(slides, [60, 60, 60], [run({ 0: 50, 1: 70 }), run({ 0: 40, 1: 60, 2: 30 })])
    expect(rows.map((row) => [row.last, row.average])).toEqual([[50, 45], [70, 65], [null, 30]])
  })

  it('has no last time at all before the first rehearsal', () => {
    expect(rehearsalRows(slides, null, []).map((row) => [row.planned, row.last, row.average])).toEqual([[null, null, null], [null, null, null], [null, null, null]])
  })
})
