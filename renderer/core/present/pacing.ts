/**
 * Seconds each slide may take: reveal.js's `data-timing` (seconds) where a slide sets it; the rest
 * of the deck's `duration` shared evenly among the other slides. Null when there is no plan.
 */
export function slideBudgets(slides: ReadonlyArray<{ attributes: Record<string, string> }>, durationMinutes?: number): number[] | null {
  const explicit = slides.map((s) => {
    const seconds = Number.parseFloat(s.attributes['data-timing'] ?? '')
    return Number.isFinite(seconds) && seconds >= 0 ? seconds : null
  })
  const open = explicit.filter((s) => s === null).length
  if (durationMinutes === undefined) return open === 0 && slides.length > 0 ? (explicit as number[]) : null
  const fixed = explicit.reduce<number>((sum, s) => sum + (s ?? 0), 0)
  const share = open === 0 ? 0 : Math.max(0, durationMinutes * 60 - fixed) / open
  return explicit.map((s) => s ?? share)
}

export interface Pacing {
  /** Seconds the talk should have taken to reach the start of the current slide. */
  expected: number
  /** Elapsed minus expected: positive is behind plan, negative ahead. */
  delta: number
  status: 'ahead' | 'on time' | 'behind'
}

/**
 * How the talk is going against its plan, measured from the slide the stopwatch started on
 * (`from`, reading order): the slides before it were never timed, so their budgets do not count.
 * Being on the current slide is on time until its own budget is used up; the tolerance is 15 s or a
 * tenth of the slide's budget, whichever is larger.
 */
export function pacing(budgets: readonly number[], current: number, elapsedSeconds: number, from = 0): Pacing {
  const start = budgets.slice(Math.min(from, current), current).reduce((a, b) => a + b, 0)
  const budget = budgets[current] ?? 0
  const tolerance = Math.max(15, budget * 0.1)
  const delta = elapsedSeconds < start ? elapsedSeconds - start : Math.max(0, elapsedSeconds - (start + budget))
  const status = delta < -tolerance ? 'ahead' : delta > tolerance ? 'behind' : 'on time'
  return { expected: start, delta, status }
}

/** `m:ss` or `h:mm:ss` of a length of time (its size: "1:08 ahead" says the direction). */
export function formatDuration(seconds: number): string {
  const total = Math.round(Math.abs(seconds))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}
