import type { BriefdeckApi, Screen } from '../../core/api/contract'
import { h } from '../shared/dom'
import type { PresentationSession } from '../shared/presentation-session'
import { openAudienceWindow, swapScreens } from '../shared/two-screens'
import type { JumpPalette } from './jump-palette'
import type { notesPane } from './notes-pane'
import type { overviewGrid } from './overview-grid'
import type { rehearsalRecorder } from './rehearsal-recorder'

export interface ControlParts {
  api: BriefdeckApi
  path: string
  session: PresentationSession
  recorder: ReturnType<typeof rehearsalRecorder>
  notes: ReturnType<typeof notesPane>
  grid: ReturnType<typeof overviewGrid>
  palette: JumpPalette
  hint: HTMLElement
  next(): void
  prev(): void
  /** Puts the presenter's own slides on slide 1 (its keys and buttons move them; a start does not). */
  first(): void
  refresh(): void
}

/** The presenter's buttons, each also on a key (presenter-keys.ts); their labels follow the state. */
export function presenterControls(parts: ControlParts) {
  const { session, recorder } = parts
  const button = (label: string, title: string, run: () => void) => h('button', { type: 'button', title, onclick: () => run() }, label)
  const screen = (which: Screen) => () => session.change({ type: 'screen', screen: session.state.screen === which ? 'slides' : which })
  const say = (text: string): void => {
    parts.hint.hidden = text === ''
    parts.hint.textContent = text
  }
  const black = button('Black', 'Black screen for the audience (B or .)', screen('black'))
  const white = button('White', 'White screen for the audience (W)', screen('white'))
  const freeze = button('Freeze', 'Keep the audience on this slide while you browse (Z)', () => session.change({ type: 'freeze', frozen: !session.state.frozen }))
  const timer = button('Start', 'Start or pause the talk timer (T)', () => session.change({ type: 'clock', action: session.state.clock.startedAt === null ? 'start' : 'pause' }))
  const rehearse = button('Rehearse', 'Rehearse: time every slide from the first (ends with End rehearsal)', () => void toggleRehearsal())
  const toggleRehearsal = async (): Promise<void> => {
    if (recorder.running) {
      const runs = await recorder.finish()
      say(`Rehearsal kept (${runs.length} kept for this deck). See the report for planned against rehearsed times.`)
    } else {
      session.change({ type: 'start' })
      session.change({ type: 'clock', action: 'start' })
      recorder.start(0)
      // The room went to slide 1 with the start; the presenter goes too, or the recorder would
      // credit slide 1 with the time of the slides the presenter goes on from where it was.
      parts.first()
      say('Rehearsing: each slide’s time is recorded until you press End rehearsal.')
    }
    parts.refresh()
  }
  const element = h('div', { class: 'bd-controls', role: 'toolbar', 'aria-label': 'Presenter controls' },
    button('◀', 'Previous (←, PageUp)', parts.prev), button('▶', 'Next (→, Space, PageDown)', parts.next),
    black, white, freeze,
    button('Jump', 'Find a slide and jump to it (G or Ctrl+K); Backspace goes back', () => parts.palette.open()),
    button('Overview', 'All slides (O)', () => parts.grid.toggle()),
    timer, button('Reset', 'Reset the talk timer', () => session.change({ type: 'clock', action: 'reset' })),
    rehearse, h('a', { class: 'bd-button-link', href: `#/rehearsal/${encodeURIComponent(parts.path)}`, target: '_blank', title: 'Rehearsal report' }, 'Report'),
    h('button', { type: 'button', 'aria-label': 'Smaller notes', title: 'Smaller notes', onclick: () => parts.notes.smaller() }, 'A−'),
    h('button', { type: 'button', 'aria-label': 'Larger notes', title: 'Larger notes', onclick: () => parts.notes.larger() }, 'A+'),
    button('Audience window', 'Open the audience window on the other screen', async () => say(await openAudienceWindow(parts.api, parts.path))),
    button('Swap', 'Swap screens: the audience view and this view change windows', () => say(swapScreens(parts.path))))
  return {
    element,
    toggleRehearsal,
    show(): void {
      const state = session.state
      black.setAttribute('aria-pressed', String(state.screen === 'black'))
      white.setAttribute('aria-pressed', String(state.screen === 'white'))
      freeze.textContent = state.frozen ? 'Show' : 'Freeze'
      freeze.setAttribute('aria-pressed', String(state.frozen))
      timer.textContent = state.clock.startedAt !== null ? 'Pause' : state.clock.banked > 0 ? 'Resume' : 'Start'
      rehearse.textContent = recorder.running ? 'End rehearsal' : 'Rehearse'
      rehearse.setAttribute('aria-pressed', String(recorder.running))
    },
  }
}
