import type { BriefdeckApi, RehearsalRun } from '../../core/api/contract'
import { recordSlideTime } from '../../core/present/rehearsal'

interface Recording {
  run: RehearsalRun
  slide: number
  since: number
}

/**
 * Rehearsal mode: while it runs, the time each slide is on screen is recorded; at the end the run
 * is kept (the last few per deck, beside the app's state, never in the deck). A reload of the
 * presenter continues the recording (it is kept in the tab's session storage meanwhile).
 */
export function rehearsalRecorder(api: BriefdeckApi, path: string) {
  const key = `briefdeck.rehearsal.${path}`
  let recording: Recording | null = JSON.parse(sessionStorage.getItem(key) ?? 'null') as Recording | null
  let runs: RehearsalRun[] = []
  const keep = (): void => {
    if (recording) sessionStorage.setItem(key, JSON.stringify(recording))
    else sessionStorage.removeItem(key)
  }
  return {
    get running(): boolean {
      return recording !== null
    },
    /** The kept runs, newest first (loaded once, updated when one ends). */
    get runs(): readonly RehearsalRun[] {
      return runs
    },
    async load(): Promise<void> {
      runs = await api.invoke('rehearsal.list', { path }).catch(() => [])
    },
    start(slide: number): void {
      const now = Date.now()
      recording = { run: { startedAt: now, endedAt: now, seconds: {} }, slide, since: now }
      keep()
    },
    /** The presenter is now on `slide`: the one before gets the time since it came. */
    moved(slide: number): void {
      if (!recording || slide === recording.slide) return
      const now = Date.now()
      recording = { run: recordSlideTime(recording.run, recording.slide, recording.since, now), slide, since: now }
      keep()
    },
    async finish(): Promise<RehearsalRun[]> {
      if (!recording) return runs
      const run = recordSlideTime(recording.run, recording.slide, recording.since, Date.now())
      recording = null
      keep()
      runs = await api.invoke('rehearsal.save', { path, run })
      return runs
    },
    /** Seconds on `slide` so far in this rehearsal (the visit under way included). */
    secondsOn(slide: number): number {
      if (!recording) return 0
      return (recording.run.seconds[slide] ?? 0) + (recording.slide === slide ? (Date.now() - recording.since) / 1000 : 0)
    },
  }
}
