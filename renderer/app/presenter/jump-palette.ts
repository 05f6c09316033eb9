import type { SlidePosition, SlideView } from '../../core/api/contract'
import { h } from '../shared/dom'
import { searchSlides } from './slide-search'

export interface JumpPalette {
  element: HTMLElement
  open(): void
  close(): void
  readonly isOpen: boolean
  /** Goes back to where the presenter was before the last jump; false when there was none. */
  back(): boolean
  setSlides(slides: readonly SlideView[]): void
}

/**
 * The Q&A jump palette (G or Ctrl+K): type words of a slide's title or text (backup slides
 * included), Enter jumps there; "back" returns to where the presenter was. It lives in the presenter
 * view only: the audience never sees the search.
 */
export function jumpPalette(go: (slide: SlideView) => void, here: () => SlidePosition, moveTo: (position: SlidePosition) => void): JumpPalette {
  let slides: readonly SlideView[] = []
  let texts = new Map<number, string>()
  let selected = 0
  let before: SlidePosition | null = null
  const input = h('input', { type: 'search', class: 'bd-jump-input', placeholder: 'Jump to a slide: words of its title or text, or its number', 'aria-label': 'Jump to a slide' })
  const list = h('ol', { class: 'bd-jump-list', role: 'listbox' })
  const element = h('div', { class: 'bd-jump', role: 'dialog', 'aria-label': 'Jump to a slide', hidden: true }, input, list)
  const results = () => searchSlides(slides, texts, input.value).slice(0, 12)
  const render = (): void => {
    const hits = results()
    selected = Math.min(selected, Math.max(0, hits.length - 1))
    list.replaceChildren(...hits.map((hit, i) => h('li', {
      role: 'option', 'aria-selected': i === selected ? 'true' : 'false', class: i === selected ? 'bd-jump-selected' : '',
      onmousedown: (event) => {
        event.preventDefault()
        choose(hit.slide)
      },
    }, h('span', { class: 'bd-jump-number' }, String(hit.slide.index + 1)), hit.slide.title || `Slide ${hit.slide.index + 1}`)))
    if (hits.length === 0) list.replaceChildren(h('li', { class: 'bd-jump-none' }, 'No slide has those words.'))
  }
  const choose = (slide: SlideView): void => {
    before = here()
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
  const palette: JumpPalette = {
    element,
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
    back() {
      if (before === null) return false
      const to = before
      before = null
      moveTo(to)
      return true
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
