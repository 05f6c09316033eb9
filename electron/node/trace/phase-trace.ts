/**
 * The phases of a command, in the order the timing table lists them. Some run at the same time:
 * the browser starts while the decks compile, and slices of a long document print side by side.
 */
export const PHASES = [
  'node start', 'bundle load', 'browser start', 'compile', 'styles and fonts', 'print document', 'highlight',
  'page open', 'page load', 'print', 'finish', 'write',
] as const
export type Phase = (typeof PHASES)[number]

/** One timed stretch of a phase, in milliseconds on `performance.now()`'s clock. */
export interface Span {
  phase: Phase
  /** Which one, when a phase runs more than once (a slice of a long print: "2/4"). */
  detail?: string
  start: number
  end: number
  /** The phase this one is part of (highlighting happens while the print document is made): not parallel work. */
  inside?: Phase
}

/** Records how long each phase of an export takes, for `--profile` and `BRIEFDECK_TRACE=1`. */
export interface PhaseTrace {
  /** Times `run` as `phase`; a failed run is timed too. */
  time<T>(phase: Phase, run: () => Promise<T>, detail?: string): Promise<T>
  timeSync<T>(phase: Phase, run: () => T, detail?: string): T
  /** Records a stretch measured elsewhere (process start, a browser launched before the trace existed). */
  record(phase: Phase, start: number, end: number, detail?: string): void
  /**
   * Wraps a function called many times during another phase (code highlighting, while the print
   * document is made): one span from its first call, as long as all the calls together.
   */
  sum<A extends unknown[], R>(phase: Phase, inside: Phase, run: (...args: A) => R): (...args: A) => R
  spans(): Span[]
}

/** A trace on `performance.now()`'s clock, which starts with the process. */
export function createPhaseTrace(): PhaseTrace {
  const spans: Span[] = []
  const trace: PhaseTrace = {
    async time(phase, run, detail) {
      const start = performance.now()
      try {
        return await run()
      } finally {
        trace.record(phase, start, performance.now(), detail)
      }
    },
    timeSync(phase, run, detail) {
      const start = performance.now()
      try {
        return run()
      } finally {
        trace.record(phase, start, performance.now(), detail)
      }
    },
    record(phase, start, end, detail) {
      spans.push({ phase, start, end, ...(detail === undefined ? {} : { detail }) })
    },
    sum(phase, inside, run) {
      let span: Span | undefined
      return (...args) => {
        const start = performance.now()
        try {
          return run(...args)
        } finally {
          const took = performance.now() - start
          if (span) span.end += took
          else {
            span = { phase, start, end: start + took, inside }
            spans.push(span)
          }
        }
      }
    },
    spans: () => [...spans],
  }
  return trace
}

/** Whether the environment asks for a timing table (`BRIEFDECK_TRACE=1`). */
export function isTraceRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.BRIEFDECK_TRACE !== undefined && env.BRIEFDECK_TRACE !== '' && env.BRIEFDECK_TRACE !== '0'
}

/**
 * The timing table: one row per span in phase order, its start and end from `origin` and how long
 * it took, and the wall time from `origin` to `end`. Phases that overlap are marked with `∥`.
 */
export function formatPhaseTable(spans: readonly Span[], origin: number, end: number): string {
  const ordered = [...spans].sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase) || a.start - b.start)
  const nested = (a: Span, b: Span): boolean => a.inside === b.phase || b.inside === a.phase
  const overlaps = (span: Span): boolean => spans.some((other) => other !== span && !nested(span, other) && other.start < span.end - 0.5 && span.start < other.end - 0.5)
  const ms = (value: number): string => value.toFixed(0).padStart(7)
  const rows = ordered.map((span) => {
    const name = `${span.inside ? '  ' : ''}${span.phase}${span.detail ? ` ${span.detail}` : ''}`
    return `${name.padEnd(22)}${ms(span.start - origin)}${ms(span.end - origin)}${ms(span.end - span.start)}  ${overlaps(span) ? '∥' : ''}`
  })
  return [
    `${'phase'.padEnd(22)}${'from'.padStart(7)}${'to'.padStart(7)}${'ms'.padStart(7)}`,
    ...rows,
    `${'total (wall)'.padEnd(22)}${ms(0)}${ms(end - origin)}${ms(end - origin)}`,
    '∥: ran while another phase ran (the browser starts while the decks compile; slices print side by side)',
  ].join('\n')
}
