import { h } from '../shared/dom'
import type { SaveSession } from './save-session'

/** The author's two ways out of a conflict. */
export interface ConflictChoices {
  keepMine(): void
  takeTheirs(): void
}

/** Shown while the session is in conflict: both versions side by side, and the choice between them. */
export class ConflictBanner {
  readonly element: HTMLElement
  private readonly mine = h('pre', { class: 'bd-mine' })
  private readonly theirs = h('pre', { class: 'bd-theirs' })

  constructor(path: string, choices: ConflictChoices) {
    this.element = h('div', { class: 'bd-notice bd-conflict', role: 'alert', hidden: true },
      h('p', {}, `${path} was changed on disk by another program while you have unsaved edits. Nothing has been overwritten.`),
      h('div', { class: 'bd-versions' },
        h('div', {}, h('h3', {}, 'Yours (unsaved)'), this.mine),
        h('div', {}, h('h3', {}, 'On disk'), this.theirs)),
      h('button', { type: 'button', onclick: () => choices.keepMine() }, 'Keep mine (save over the disk version)'),
      h('button', { type: 'button', onclick: () => choices.takeTheirs() }, 'Take theirs (discard my edits)'))
  }

  show(session: SaveSession): void {
    this.element.hidden = session.state !== 'conflict'
    if (session.state !== 'conflict') return
    this.mine.textContent = session.text
    this.theirs.textContent = session.theirs.text
  }
}
