import 'reveal.js/reveal.css'
import './styles.css'
import { connectApi } from '../api/connect'
import type { AppView } from '../core/api/contract'
import { editorView } from './editor/editor-view'
import { libraryView } from './library/library-view'
import { presentView } from './present/present-view'
import { presenterView } from './presenter/presenter-view'
import { reportViews } from './view-report'

/**
 * Routes: `#/` the library (`#/new`: with the new deck's title asked), `#/present/<deck>` the audience view, `#/presenter/<deck>` the presenter
 * view, `#/edit/<deck>` the editor.
 */
const api = connectApi()
const root = document.getElementById('bd-root') as HTMLElement
const report = reportViews(api, root)
let leave: (() => void) | undefined
let showing = ''

async function route(): Promise<void> {
  const [, view, encoded] = /^#\/(present|presenter|edit)\/(.+)$/.exec(location.hash) ?? []
  const key = view ? `${view}:${encoded}` : 'library'
  if (key === showing) return
  if (showing.startsWith('present') || showing.startsWith('edit')) {
    // reveal.js takes over the page's classes and listeners; a fresh page is the clean way back.
    location.reload()
    return
  }
  leave?.()
  showing = key
  document.body.dataset.view = view ?? 'library'
  const path = encoded ? decodeURIComponent(encoded) : ''
  report(view as AppView | undefined, path)
  leave = view === 'present' ? await presentView(root, api, path)
    : view === 'presenter' ? await presenterView(root, api, path)
    : view === 'edit' ? await editorView(root, api, path)
    : libraryView(root, api, { askNewDeck: location.hash === '#/new' })
}

// The desktop app's File › New Deck… from any view: the library asks for the title.
api.on('app.command', (command) => {
  if (command.command === 'new-deck' && showing !== 'library') location.hash = '#/new'
})
window.addEventListener('hashchange', () => void route())
void route()
