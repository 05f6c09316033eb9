import { h } from '../shared/dom'
import type { SaveSession } from './save-session'

/** The author's ways out of a conflict. */
export interface ConflictChoices {
  keepMine(): void
  takeTheirs(): void
  /** Saves the editor's text once every chunk of the merge view is resolved. */
  saveMerge(): void
}

/**
 * Shown while the session is in conflict, above the merge view: what happened, how many differences
 * are left, and the one-click ways out (all mine, all theirs, or the merge once it is done).
 */
export class ConflictBanner {
  readonly element: HTMLElement
  private readonly left = h('span', { class: 'bd-chunks-left', role: 'status' })
  private readonly saveMerge: HTMLButtonElement

  constructor(path: string, choices: ConflictChoices) {
    this.saveMerge = h('button', { type: 'button', class: 'bd-save-merge', disabled: true, onclick: () => choices.saveMerge() }, 'Save the merge')
    this.element = h('div', { class: 'bd-notice bd-conflict', role: 'alert', hidden: true },
      h('p', {}, `${path} was changed on disk by another program while you have unsaved edits. Nothing has been overwritten. `,
        'The editor shows each difference with the disk’s lines above yours: keep yours or take theirs, one by one. ', this.left),
      h('button', { type: 'button', onclick: () => choices.keepMine() }, 'Keep mine (save over the disk version)'),
      h('button', { type: 'button', onclick: () => choices.takeTheirs() }, 'Take theirs (discard my edits)'),
      this.saveMerge)
  }

  show(session: SaveSession): void {
    this.element.hidden = session.state !== 'conflict'
  }

  /** How many differences are still to resolve. */
  count(chunks: number): void {
    this.left.textContent = chunks === 0 ? 'Every difference is resolved: save the merge (Ctrl+S).' : `${chunks} ${chunks === 1 ? 'difference' : 'differences'} left.`
    this.saveMerge.disabled = chunks > 0
  }
}
