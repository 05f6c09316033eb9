import type { DeckSnapshot } from '../../core/api/contract'
import type { PresentedVersion } from '../../core/present/presented-version'
import { describeDiagnostic, h } from '../shared/dom'

/**
 * The presenter's word on the file behind the talk: its errors (`file:line: message`) and what the
 * room sees meanwhile. The audience view never shows any of it.
 */
export function problemsBanner(path: string) {
  const list = h('div', { class: 'bd-problems-list' })
  const note = h('p', { class: 'bd-problems-note' })
  const element = h('div', { class: 'bd-banner bd-problems', role: 'alert', hidden: true }, list, note)
  const say = (lines: string[], what: string): void => {
    element.hidden = lines.length === 0 && what === ''
    list.textContent = lines.join('\n')
    note.textContent = what
  }
  return {
    element,
    show(presented: PresentedVersion<DeckSnapshot>): void {
      const lines = presented.errors.map(describeDiagnostic)
      say(lines, presented.holding
        ? 'The audience still sees the last good version, where it was. Fix the file: both screens continue from the same slide.'
        : lines.length > 0 ? 'There is no good version of this file to show instead: the audience sees it as it compiles.' : '')
    },
    removed(): void {
      say([], `${path} was removed from the folder: both screens keep the version they show.`)
    },
  }
}
