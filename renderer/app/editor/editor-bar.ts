import { h } from '../shared/dom'
import { type SaveSession, saveStatus } from './save-session'

/** The bar's commands. */
export interface BarActions {
  save(): void
  present(): void
}

/** The editor's bar: the way back, the file, its save status with the ● mark, and the commands. */
export class EditorBar {
  readonly element: HTMLElement
  private readonly dirtyMark = h('span', { class: 'bd-dirty', title: 'Unsaved changes', hidden: true }, '●')
  private readonly status = h('span', { class: 'bd-save-status', role: 'status' })
  /** What went wrong besides saving (an image not added, a preview not compiled), until the next edit. */
  private readonly note = h('span', { class: 'bd-editor-note', role: 'alert' })

  constructor(path: string, actions: BarActions, themeButton: HTMLElement) {
    this.element = h('header', { class: 'bd-bar' },
      h('a', { href: '#/', class: 'bd-back' }, '← Library'),
      h('span', { class: 'bd-file' }, path), this.dirtyMark, this.status, this.note,
      h('span', { class: 'bd-spacer' }),
      h('button', { type: 'button', onclick: () => actions.save() }, 'Save'),
      h('button', { type: 'button', onclick: () => actions.present() }, 'Present'),
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
}
