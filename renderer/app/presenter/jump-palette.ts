import type { SlideView } from '../../core/api/contract'
import { h } from '../shared/dom'
import { panelKeys } from './panel-keys'
import { searchSlides } from './slide-search'

export interface JumpPalette {
  element: HTMLElement
  open(): void
  close(): void
  readonly isOpen: boolean
  setSlides(slides: readonly SlideView[]): void
  /** Stops listening to keys. */
  stop(): void
}

/**
 * The Q&A jump palette (G or Ctrl+K): type words of a slide's title or text (backup slides
 * included), Enter jumps there. It lives in the presenter view only: the audience never sees the
 * search. While it is open it has the keyboard (nothing moves the room behind it), and Esc, its
 * close button or a click or tap outside it closes it.
 */
export function jumpPalette(go: (slide: SlideView) => void): JumpPalette {
  let slides: readonly SlideView[] = []
  let texts = new Map<number, string>()
  let selected = 0
  const input = h('input', { type: 'search', class: 'bd-jump-input', placeholder: 'Jump to a slide: words of its title or text, or its number', 'aria-label': 'Jump to a slide' })
  const list = h('ol', { class: 'bd-jump-list', role: 'listbox' })
  const close = h('button', { type: 'button', class: 'bd-jump-close', 'aria-label': 'Close', title: 'Close (Esc)', onclick: () => palette.close() }, '✕')
  const dialog = h('div', { class: 'bd-jump', role: 'dialog', 'aria-label': 'Jump to a slide' }, h('div', { class: 'bd-jump-head' }, input, close), list)
  const element = h('div', { class: 'bd-jump-backdrop', hidden: true }, dialog)
  // A click outside the box closes it; inside, the search field keeps the keyboard.
  element.addEventListener('click', (event) => {
    if (event.target === element) palette.close()
  })
  dialog.addEventListener('mousedown', (event) => {
    if (event.target !== input) event.preventDefault()
  })
  const results = () => searchSlides(slides, texts, input.value).slice(0, 12)
  const render = (): void => {
    const hits = results()
    selected = Math.min(selected, Math.max(0, hits.length - 1))
    list.replaceChildren(...hits.map((hit, i) => h('li', {
      role: 'option', 'aria-selected': i === selected ? 'true' : 'false', class: i === selected ? 'bd-jump-selected' : '',
      onclick: () => choose(hit.slide),
    }, h('span', { class: 'bd-jump-number' }, hit.slide.backup ?? String(hit.slide.index + 1)), hit.slide.title || `Slide ${hit.slide.backup ?? hit.slide.index + 1}`)))
    if (hits.length === 0) list.replaceChildren(h('li', { class: 'bd-jump-none' }, 'No slide has those words.'))
  }
  const choose = (slide: SlideView): void => {
    palette.close()
    go(slide)
  }
  input.addEventListener('input', () => {
    selected = 0
    render()
  })
  input.addEventListener('keydown', (event) => {
    const hits = results()
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      selected = (selected + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % Math.max(1, hits.length)
      render()
    } else if (event.key === 'Enter' && hits[selected]) choose(hits[selected].slide)
    else if (event.key === 'Escape') palette.close()
    else return
    event.preventDefault()
    event.stopPropagation()
  })
  const stop = panelKeys({
    get isOpen() {
      return palette.isOpen
    },
    field: input,
    handle(event) {
      if (event.key === 'Escape') palette.close()
      else input.focus()
      return event.key === 'Escape'
    },
  })
  const palette: JumpPalette = {
    element,
    stop,
    get isOpen() {
      return !element.hidden
    },
    open() {
      element.hidden = false
      input.value = ''
      selected = 0
      render()
      input.focus()
    },
    close() {
      element.hidden = true
      input.blur()
    },
    setSlides(next) {
      slides = next
      // Read for its text in an inert document: nothing in it loads or runs.
      const parser = new DOMParser()
      texts = new Map(next.map((slide) => [slide.index, parser.parseFromString(slide.html, 'text/html').body.textContent ?? '']))
    },
  }
  return palette
}
