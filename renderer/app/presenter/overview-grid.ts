import type { DeckSnapshot, SlideView } from '../../core/api/contract'
import { h } from '../shared/dom'
import { slideThumbnail } from '../shared/slide-thumbnail'

/**
 * The presenter's Overview (O): every slide as a still thumbnail, the current one marked; a click
 * goes there. Tiles are built when first opened, and off-screen ones are not laid out, so a
 * 500-slide deck opens at once.
 */
export function overviewGrid(go: (slide: SlideView) => void) {
  const element = h('div', { class: 'bd-grid', hidden: true, role: 'dialog', 'aria-label': 'All slides' })
  let snapshot: DeckSnapshot | null = null
  let built = false
  let current = 0
  const mark = (): void => {
    element.querySelector('.bd-tile-current')?.classList.remove('bd-tile-current')
    const tile = element.querySelector(`.bd-tile[data-index="${current}"]`)
    tile?.classList.add('bd-tile-current')
    tile?.setAttribute('aria-current', 'true')
  }
  const build = (): void => {
    if (built || !snapshot) return
    built = true
    const deck = snapshot
    element.replaceChildren(...deck.slides.map((slide) => h('button', {
      type: 'button', class: 'bd-tile', 'data-index': String(slide.index), title: slide.title || `Slide ${slide.index + 1}`,
      onclick: () => {
        go(slide)
        grid.close()
      },
    }, slideThumbnail(slide, deck.css, { center: deck.config.center !== false, scope: deck.scope }), h('span', {}, String(slide.index + 1)))))
    mark()
  }
  const grid = {
    element,
    get isOpen() {
      return !element.hidden
    },
    open(): void {
      element.hidden = false
      build()
      element.querySelector<HTMLElement>('.bd-tile-current')?.scrollIntoView({ block: 'nearest' })
    },
    close(): void {
      element.hidden = true
    },
    toggle(): void {
      if (grid.isOpen) grid.close()
      else grid.open()
    },
    setDeck(next: DeckSnapshot): void {
      snapshot = next
      built = false
      if (grid.isOpen) build()
    },
    setCurrent(index: number): void {
      current = index
      if (built) mark()
    },
  }
  return grid
}
