import 'reveal.js/reveal.css'
import './styles.css'
import { connectApi } from '../api/connect'
import type { AppView } from '../core/api/contract'
import { editorView } from './editor/editor-view'
import { libraryView } from './library/library-view'
import { presentView } from './present/present-view'
import { presenterView } from './presenter/presenter-view'
import { rehearsalView } from './rehearsal/rehearsal-view'
import { reportViews } from './view-report'

/**
 * Routes: `#/` the library (`#/new`: with the new deck's title asked), `#/present/<deck>` the audience view, `#/presenter/<deck>` the presenter
 * view, `#/edit/<deck>` the editor, `#/rehearsal/<deck>` the rehearsal report.
 */
const api = connectApi()
const root = document.getElementById('bd-root') as HTMLElement
const report = reportViews(api, root)
let leave: (() => void) | undefined
let showing = ''

async function route(): Promise<void> {
  const [, view, encoded] = /^#\/(present|presenter|edit|rehearsal)\/(.+)$/.exec(location.hash) ?? []
  const key = view ? `${view}:${encoded}` : 'library'
  if (key === showing) return
  if ((showing.startsWith('present') && view?.startsWith('present') !== true) || showing.startsWith('edit')) {
    // reveal.js takes over the page's classes and listeners; a fresh page is the clean way back to
    // the library or the editor. Between the audience and presenter views (Swap) its destroy()
    // undoes enough, and staying on the page keeps the window full screen.
    location.reload()
    return
  }
  leave?.()
  delete root.dataset.ready
  showing = key
  document.body.dataset.view = view ?? 'library'
  const path = encoded ? decodeURIComponent(encoded) : ''
  report(view as AppView | undefined, path)
  leave = view === 'present' ? await presentView(root, api, path)
    : view === 'presenter' ? await presenterView(root, api, path)
    : view === 'edit' ? await editorView(root, api, path)
    : view === 'rehearsal' ? await rehearsalView(root, api, path)
    : libraryView(root, api, { askNewDeck: location.hash === '#/new' })
  // A view is ready once its keys and listeners are in place (the deck draws before that).
  root.dataset.ready = view ?? 'library'
}

// The desktop app's File › New Deck… from any view: the library asks for the title.
api.on('app.command', (command) => {
  if (command.command === 'new-deck' && showing !== 'library') location.hash = '#/new'
})
// Our router owns the hash. reveal.js listens to it whatever its `hash` option says, and would send
// the room to slide 1 as the page leaves a deck; registered first, this listener keeps it to us.
window.addEventListener('hashchange', (event) => {
  event.stopImmediatePropagation()
  void route()
})
void route()
