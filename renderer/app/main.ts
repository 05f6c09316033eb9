// Every view's styles, in one app.css: the views themselves are loaded when routed to (below), and
// esbuild would put a lazily loaded view's CSS in a file of its own that nothing loads.
import 'reveal.js/reveal.css'
import './styles.css'
import './editor/editor-fonts.css'
import './editor/editor.css'
import './shared/keys.css'
import './present/present.css'
import './presenter/presenter.css'
import '../../assets/styles/rehearsal-report.css'
import { connectApi } from '../api/connect'
import type { AppView } from '../core/api/contract'
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
  // Each view's code is loaded when it is first shown: the room's view never loads the editor.
  leave = view === 'present' ? await (await import('./present/present-view')).presentView(root, api, path)
    : view === 'presenter' ? await (await import('./presenter/presenter-view')).presenterView(root, api, path)
    : view === 'edit' ? await (await import('./editor/editor-view')).editorView(root, api, path)
    : view === 'rehearsal' ? await (await import('./rehearsal/rehearsal-view')).rehearsalView(root, api, path)
    : (await import('./library/library-view')).libraryView(root, api, { askNewDeck: location.hash === '#/new' })
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
