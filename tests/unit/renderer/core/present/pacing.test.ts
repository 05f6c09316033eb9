import { describe, expect, it } from 'vitest'
import { formatDuration, pacing, slideBudgets } from '../../../../../renderer/core/present/pacing'

const slides = (...timings: Array<string | undefined>) => timings.map((t): { attributes: Record<string, string> } => ({ attributes: t === undefined ? {} : { 'data-timing': t } }))

describe('slideBudgets', () => {
  it('shares the deck duration evenly', () => {
    expect(slideBudgets(slides(undefined, undefined, undefined, undefined), 2)).toEqual([30, 30, 30, 30])
  })
  it('keeps data-timing and shares the rest among the other slides', () => {
    expect(slideBudgets(slides('60', undefined, undefined), 3)).toEqual([60, 60, 60])
    expect(slideBudgets(slides('120', undefined), 1)).toEqual([120, 0])
  })
  it('has no plan without a duration unless every slide is timed', () => {
    expect(slideBudgets(slides(undefined, '10'))).toBeNull()
    expect(slideBudgets(slides('5', '10'))).toEqual([5, 10])
  })
})

describe('pacing', () => {
  const budgets = [60, 60, 60]
  it('is on time while the current slide’s budget lasts', () => {
    expect(pacing(budgets, 1, 70).status).toBe('on time')
    expect(pacing(budgets, 1, 119).status).toBe('on time')
  })
  it('is behind once the slide overruns past the tolerance', () => {
    expect(pacing(budgets, 1, 150)).toEqual({ expected: 60, delta: 30, status: 'behind' })
  })
  it('is ahead when reaching a slide early', () => {
    expect(pacing(budgets, 2, 60)).toEqual({ expected: 120, delta: -60, status: 'ahead' })
  })
  it('plans from the slide the stopwatch started on: the first click is on time, not a slide ahead', () => {
    // The stopwatch starts on the first advance, arriving on slide 2: slide 1's 75 s were never timed.
    const plan = [75, 60, 60, 60]
    expect(pacing(plan, 1, 2, 1)).toEqual({ expected: 0, delta: 0, status: 'on time' })
    expect(pacing(plan, 2, 55, 1)).toEqual({ expected: 60, delta: -5, status: 'on time' })
    expect(pacing(plan, 3, 200, 1).status).toBe('behind')
  })
  it('plans from the current slide when the presenter went back before the one the stopwatch started on', () => {
    expect(pacing([60, 60, 60], 0, 10, 2)).toEqual({ expected: 0, delta: 0, status: 'on time' })
  })
})

describe('formatDuration', () => {
  it('formats minutes and hours, as a size (the words say ahead or behind)', () => {
    expect([formatDuration(5), formatDuration(65), formatDuration(3725), formatDuration(-30)])
      .toEqual(['0:05', '1:05', '1:02:05', '0:30'])
  })
})
