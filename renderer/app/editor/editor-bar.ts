import { h } from '../shared/dom'
import { type SaveSession, saveStatus } from './save-session'

/** The bar's commands. */
export interface BarActions {
  save(): void
  present(): void
  /** Opens or closes the list of problems. */
  problems(): void
  /** Shows or hides the slide outline. */
  outline(): void
}

/** The editor's bar: the way back, the file, its save status with the ● mark, and the commands. */
export class EditorBar {
  readonly element: HTMLElement
  private readonly dirtyMark = h('span', { class: 'bd-dirty', title: 'Unsaved changes', hidden: true }, '●')
  private readonly status = h('span', { class: 'bd-save-status', role: 'status' })
  /** What went wrong besides saving (an image not added, a preview not compiled), until the next edit. */
  private readonly note = h('span', { class: 'bd-editor-note', role: 'alert' })
  private readonly problemCount = h('span', { class: 'bd-problem-count' }, '0')
  readonly outlineButton: HTMLButtonElement

  constructor(path: string, actions: BarActions, themeButton: HTMLElement) {
    this.outlineButton = h('button', { type: 'button', 'aria-pressed': 'true', onclick: () => actions.outline() }, 'Outline')
    this.element = h('header', { class: 'bd-bar' },
      h('a', { href: '#/', class: 'bd-back' }, '← Library'),
      h('span', { class: 'bd-file' }, path), this.dirtyMark, this.status, this.note,
      h('span', { class: 'bd-spacer' }),
      h('button', { type: 'button', class: 'bd-problems', title: 'List the problems (Ctrl+Shift+M)', onclick: () => actions.problems() }, 'Problems ', this.problemCount),
      this.outlineButton,
      h('button', { type: 'button', onclick: () => actions.save() }, 'Save'),
      h('button', { type: 'button', title: 'The audience view, and the presenter view on a second screen', onclick: () => actions.present() }, 'Present'),
      themeButton)
  }

  show(session: SaveSession): void {
    const { text, dirtyMark } = saveStatus(session)
    this.dirtyMark.hidden = !dirtyMark
    this.status.textContent = text
  }

  /** Says what went wrong; an empty message clears it. */
  tell(message: string): void {
    this.note.textContent = message
  }

  /** How many problems the deck has now. */
  count(problems: number): void {
    this.problemCount.textContent = String(problems)
    this.problemCount.dataset.count = String(problems)
  }
}
