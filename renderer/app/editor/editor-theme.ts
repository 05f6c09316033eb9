import { Compartment, type Extension } from '@codemirror/state'
import { oneDark } from '@codemirror/theme-one-dark'
import { EditorView } from '@codemirror/view'
import { h } from '../shared/dom'

const THEME_KEY = 'briefdeck.editorTheme'

/**
 * What One Dark leaves to CodeMirror's light base theme: the search and lint panels, their fields
 * and buttons, the lint panel's selection, and the merge view's chunks. `colorScheme` turns native
 * controls (checkboxes, scrollbars) dark too.
 */
const darkPanels = EditorView.theme({
  '&': { colorScheme: 'dark' },
  '.cm-panels': { backgroundColor: '#21252b', color: '#abb2bf' },
  '.cm-panels.cm-panels-top': { borderBottomColor: '#3e4451' },
  '.cm-panels.cm-panels-bottom': { borderTopColor: '#3e4451' },
  '.cm-textfield': { backgroundColor: '#1b1f24', color: '#abb2bf', border: '1px solid #3e4451' },
  '.cm-button': { backgroundImage: 'none', backgroundColor: '#2c313a', color: '#abb2bf', border: '1px solid #3e4451' },
  '.cm-button:active': { backgroundColor: '#3e4451' },
  '.cm-panel button[name=close]': { color: '#abb2bf' },
  '.cm-panel.cm-search input[type=checkbox]': { accentColor: '#528bff' },
  '.cm-panel.cm-panel-lint ul [aria-selected]': { backgroundColor: '#2c313a' },
  '.cm-panel.cm-panel-lint ul:focus [aria-selected]': { backgroundColor: '#3e4451', color: '#fff' },
  '.cm-diagnosticAction': { backgroundColor: '#3e4451' },
  '.cm-deletedChunk': { backgroundColor: '#3b2528' },
  '.cm-changedLine': { backgroundColor: '#1f3325 !important' },
  '.cm-changedText': { background: 'linear-gradient(#2e6b3f, #2e6b3f) bottom/100% 2px no-repeat' },
  '.cm-deletedChunk .cm-deletedText': { background: '#6b2e35' },
  '.cm-collapsedLines': { backgroundColor: '#2c313a', color: '#abb2bf' },
}, { dark: true })

const DARK: Extension = [oneDark, darkPanels]

/** The editor's light or dark theme: a CodeMirror compartment, a button to switch, the choice remembered. */
export class EditorTheme {
  readonly button: HTMLButtonElement
  private readonly compartment = new Compartment()
  private dark: boolean

  /** `host` carries `data-theme`, so the page around the editor (bar, outline, preview, strip) follows it. */
  constructor(private readonly host: HTMLElement) {
    this.dark = localStorage.getItem(THEME_KEY) === 'dark'
    this.button = h('button', { type: 'button' })
    this.show()
  }

  get extension(): Extension {
    return this.compartment.of(this.dark ? DARK : [])
  }

  /** Lets the button switch `view` between the two themes. */
  bind(view: EditorView): void {
    this.button.onclick = () => {
      this.dark = !this.dark
      localStorage.setItem(THEME_KEY, this.dark ? 'dark' : 'light')
      view.dispatch({ effects: this.compartment.reconfigure(this.dark ? DARK : []) })
      this.show()
    }
  }

  private show(): void {
    this.host.dataset.theme = this.dark ? 'dark' : 'light'
    this.button.textContent = this.dark ? 'Light' : 'Dark'
  }
}
