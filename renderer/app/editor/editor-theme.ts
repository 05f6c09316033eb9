import { Compartment, type Extension } from '@codemirror/state'
import { oneDark } from '@codemirror/theme-one-dark'
import type { EditorView } from '@codemirror/view'
import { h } from '../shared/dom'

const THEME_KEY = 'briefdeck.editorTheme'

/** The editor's light or dark theme: a CodeMirror compartment, a button to switch, the choice remembered. */
export class EditorTheme {
  readonly button: HTMLButtonElement
  private readonly compartment = new Compartment()
  private dark: boolean

  /** `host` carries `data-theme`, so the page around the editor can follow it. */
  constructor(private readonly host: HTMLElement) {
    this.dark = localStorage.getItem(THEME_KEY) === 'dark'
    this.button = h('button', { type: 'button' })
    this.show()
  }

  get extension(): Extension {
    return this.compartment.of(this.dark ? oneDark : [])
  }

  /** Lets the button switch `view` between the two themes. */
  bind(view: EditorView): void {
    this.button.onclick = () => {
      this.dark = !this.dark
      localStorage.setItem(THEME_KEY, this.dark ? 'dark' : 'light')
      view.dispatch({ effects: this.compartment.reconfigure(this.dark ? oneDark : []) })
      this.show()
    }
  }

  private show(): void {
    this.host.dataset.theme = this.dark ? 'dark' : 'light'
    this.button.textContent = this.dark ? 'Light' : 'Dark'
  }
}
