import { type BriefdeckApi, type DeckSummary, type PdfLayout, defaultPdfSize } from '../../core/api/contract'
import { BriefdeckError } from '../../core/errors'
import { describeDiagnostic, h } from '../shared/dom'
import { slideThumbnail } from '../shared/slide-thumbnail'
import { presentOnTwoScreens } from '../shared/two-screens'

/** The decks of the open folder, each with its first slide, length and problems; live as files change. */
export function libraryView(root: HTMLElement, api: BriefdeckApi, options: { askNewDeck?: boolean } = {}): () => void {
  const status = h('p', { class: 'bd-status', role: 'status' })
  const grid = h('ul', { class: 'bd-library', 'aria-label': 'Decks' })
  const exportBook = (layout: PdfLayout) => () => void runExport(api, status, null, layout)
  const name = h('input', { type: 'text', name: 'deck-name', placeholder: 'New deck title', 'aria-label': 'New deck title', maxlength: '120' })
  const create = async (event: Event): Promise<void> => {
    event.preventDefault()
    try {
      const { path } = await api.invoke('deck.create', { name: name.value })
      location.hash = `#/edit/${encodeURIComponent(path)}`
    } catch (error) {
      status.className = 'bd-status bd-error'
      status.textContent = (error as Error).message
    }
  }
  root.replaceChildren(
    h('header', { class: 'bd-bar' },
      h('h1', {}, 'Briefdeck'),
      h('form', { class: 'bd-new-deck', onsubmit: (event) => void create(event) }, name, h('button', { type: 'submit' }, 'New deck')),
      h('span', { class: 'bd-spacer' }),
      h('button', { type: 'button', onclick: exportBook('slides') }, 'Export briefing book (PDF)'),
      h('button', { type: 'button', onclick: exportBook('handout') }, 'Export handouts (PDF)')),
    status,
    grid,
  )

  // Change events leave the CSS out; it is reused by hash, and fetched again only when new.
  const cssByHash = new Map<string, string>()
  const render = (decks: DeckSummary[]): void => {
    for (const deck of decks) if (deck.css !== '') cssByHash.set(deck.cssHash, deck.css)
    if (decks.some((deck) => deck.css === '' && deck.firstSlide !== null && !cssByHash.has(deck.cssHash))) {
      void load()
      return
    }
    decks = decks.map((deck) => (deck.css === '' ? { ...deck, css: cssByHash.get(deck.cssHash) ?? '' } : deck))
    if (decks.length === 0) {
      grid.replaceChildren(h('li', { class: 'bd-empty' }, 'No decks (*.md) in this folder.'))
      return
    }
    grid.replaceChildren(...decks.map((deck) => deckCard(deck, api, status)))
  }
  const load = async (): Promise<void> => {
    try {
      render(await api.invoke('library.list', {}))
      status.textContent = ''
    } catch (error) {
      grid.replaceChildren()
      status.textContent = (error as Error).message
      status.className = 'bd-status bd-error'
    }
  }
  void load()
  if (options.askNewDeck) name.focus()
  const stops = [
    api.on('library.changed', render),
    api.on('library.failed', (failure) => {
      status.className = 'bd-status bd-error'
      status.textContent = failure.message
    }),
    // The desktop app's File › New Deck…: the title is asked here, and the file named from it, as in browser mode.
    api.on('app.command', (command) => {
      if (command.command === 'new-deck') name.focus()
    }),
    api.on('export.progressed', (progress) => {
      status.className = 'bd-status'
      status.textContent = progress.stage === 'compile' ? `Exporting: compiled ${progress.done} of ${progress.total} decks…`
        : progress.stage === 'print' ? `Exporting: printing ${progress.total} pages…` : 'Exporting: writing the PDF…'
    }),
  ]
  return () => {
    for (const stop of stops) stop()
  }
}

function deckCard(deck: DeckSummary, api: BriefdeckApi, status: HTMLElement): HTMLElement {
  const open = (view: 'present' | 'presenter' | 'edit' | 'rehearsal') => () => {
    location.hash = `#/${view}/${encodeURIComponent(deck.path)}`
  }
  // Present starts from the first slide with a fresh timer, as PowerPoint's F5; Resume (Shift+F5)
  // continues where the last presentation of this deck left off, and is offered only then.
  // With two screens (and the browser's window management allowed), this window fills the
  // projector and the presenter view opens on this screen, as PowerPoint does.
  const present = async (): Promise<void> => {
    await api.invoke('presentation.change', { path: deck.path, change: { type: 'start' }, client: 'library' }).catch(() => {})
    await presentOnTwoScreens(api, deck.path)
    open('present')()
  }
  const resume = h('button', { type: 'button', hidden: true, title: 'Continue from the last slide shown (Shift+F5)', onclick: open('present') }, 'Resume')
  void api.invoke('presentation.get', { path: deck.path }).then((state) => {
    resume.hidden = !state.started
  }, () => {})
  const keys = (event: KeyboardEvent): void => {
    if (event.key !== 'F5') return
    event.preventDefault()
    if (event.shiftKey && !resume.hidden) open('present')()
    else void present()
  }
  const thumbnail = deck.firstSlide ? slideThumbnail(deck.firstSlide, deck.css, { center: deck.center, scope: deck.scope }) : h('div', { class: 'bd-thumbnail bd-thumbnail-missing' }, 'No preview')
  const minutes = `${deck.estimated ? '~' : ''}${deck.minutes} min`
  return h('li', { class: 'bd-card', 'data-path': deck.path, onkeydown: keys as (event: Event) => void },
    h('button', { type: 'button', class: 'bd-card-open', 'aria-label': `Present ${deck.title}`, onclick: () => void present() }, thumbnail),
    h('h2', {}, deck.title),
    h('p', { class: 'bd-meta' }, [deck.date, `${deck.slides} slide${deck.slides === 1 ? '' : 's'}`, minutes].filter(Boolean).join(' · ')),
    deck.errors.length > 0
      ? h('ul', { class: 'bd-errors' }, ...deck.errors.map((d) => h('li', {}, describeDiagnostic(d))))
      : null,
    h('div', { class: 'bd-actions' },
      h('button', { type: 'button', title: 'Present from the first slide (F5)', onclick: () => void present() }, 'Present'),
      resume,
      h('button', { type: 'button', onclick: open('presenter') }, 'Presenter view'),
      h('button', { type: 'button', onclick: open('edit') }, 'Edit'),
      h('button', { type: 'button', onclick: () => void runExport(api, status, deck.path, 'slides') }, 'PDF'),
      h('button', { type: 'button', onclick: () => void runExport(api, status, deck.path, 'handout') }, 'Handout'),
      h('button', { type: 'button', title: 'Rehearsal report: planned against rehearsed time per slide', onclick: open('rehearsal') }, 'Rehearsals')),
  )
}

async function runExport(api: BriefdeckApi, status: HTMLElement, path: string | null, layout: PdfLayout): Promise<void> {
  status.className = 'bd-status'
  status.textContent = `Exporting ${path ?? 'the briefing book'}…`
  try {
    const result = await api.invoke('export.pdf', { path, layout, size: defaultPdfSize(layout) })
    // Browser mode answers with a download URL; the desktop app with the file it saved.
    status.replaceChildren(`Exported ${result.pages} pages in ${result.seconds.toFixed(1)} s. `,
      result.location.startsWith('/exports/') ? h('a', { href: result.location, download: '' }, 'Download the PDF') : `Saved to ${result.location}`)
  } catch (error) {
    if (error instanceof BriefdeckError && error.code === 'E_CANCELLED') {
      status.textContent = ''
      return
    }
    status.className = 'bd-status bd-error'
    status.textContent = (error as Error).message
  }
}
