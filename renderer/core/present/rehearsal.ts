import { WORDS_PER_MINUTE } from '../deck/talk-length'

/** One rehearsal: how long each slide (by reading-order index) was on screen. */
export interface RehearsalRun {
  /** When it started and ended (milliseconds since 1970). */
  startedAt: number
  endedAt: number
  /** Seconds spent on each slide; a slide visited twice counts both visits. */
  seconds: Record<number, number>
}

/** Rehearsals kept per deck: the last few, newest first. */
export const KEPT_REHEARSALS = 5

/**
 * Adds the time since `since` to the slide that was showing, and returns the new run. A rehearsal
 * records as the presenter moves; the clock is the presenter's own.
 */
export function recordSlideTime(run: RehearsalRun, slide: number, since: number, now: number): RehearsalRun {
  const seconds = Math.max(0, (now - since) / 1000)
  return { ...run, endedAt: now, seconds: { ...run.seconds, [slide]: (run.seconds[slide] ?? 0) + seconds } }
}

/** One row of a rehearsal report: a slide's plan against its last rehearsals. */
export interface RehearsalRow {
  index: number
  title: string
  /** Seconds planned (data-timing, or the deck's duration shared), null without a plan. */
  planned: number | null
  /** Seconds in the latest rehearsal (null when it never showed this slide), and the average of all kept. */
  last: number | null
  average: number | null
  /** Seconds it takes to say the slide's notes at WORDS_PER_MINUTE. */
  notesSeconds: number
}

/** The report's rows, from the deck's slides, their budgets, and the kept runs (newest first). */
export function rehearsalRows(
  slides: ReadonlyArray<{ index: number; title: string; notes: string }>,
  budgets: readonly number[] | null,
  runs: readonly RehearsalRun[],
): RehearsalRow[] {
  return slides.map((slide) => {
    const times = runs.map((run) => run.seconds[slide.index]).filter((s): s is number => s !== undefined)
    return {
      index: slide.index,
      title: slide.title || `Slide ${slide.index + 1}`,
      planned: budgets ? budgets[slide.index] ?? null : null,
      last: runs.length > 0 ? runs[0].seconds[slide.index] ?? null : null,
      average: times.length > 0 ? times.reduce((a, b) => a + b, 0) / times.length : null,
      notesSeconds: notesSeconds(slide.notes),
    }
  })
}

/** How long saying notes takes, at the pace briefings are planned at. */
export function notesSeconds(notes: string): number {
  return (notes.split(/\s+/).filter(Boolean).length / WORDS_PER_MINUTE) * 60
}
