import type { DeckSnapshot, SlideView } from '../../core/api/contract'
import { h } from '../shared/dom'
import { slideThumbnail } from '../shared/slide-thumbnail'
import { panelKeys } from './panel-keys'

/** Arrow keys' steps through the tiles: across a row, or a row up or down (`columns` tiles). */
const STEPS: Record<string, (columns: number) => number> = {
  ArrowLeft: () => -1, ArrowRight: () => 1, ArrowUp: (columns) => -columns, ArrowDown: (columns) => columns,
}

/**
 * The presenter's Overview (O): every slide as a still thumbnail, the current one marked and
 * scrolled into view; a click goes there. While it is open the keys are its own: arrows move
 * between tiles, Enter goes to one, Esc or O (or its close button) closes it, and nothing moves
 * the room unseen. Tiles are built when first opened, and off-screen ones are not laid out, so a
 * 500-slide deck opens at once.
 */
export function overviewGrid(go: (slide: SlideView) => void) {
  const tiles = h('div', { class: 'bd-grid-tiles' })
  const close = h('button', { type: 'button', class: 'bd-grid-close', title: 'Close (Esc or O)', onclick: () => grid.close() }, 'Close ✕')
  const element = h('div', { class: 'bd-grid', hidden: true, role: 'dialog', 'aria-label': 'All slides' }, close, tiles)
  let snapshot: DeckSnapshot | null = null
  let built = false
  let current = 0
  const tile = (index: number) => tiles.querySelector<HTMLElement>(`.bd-tile[data-index="${index}"]`)
  const mark = (): void => {
    tiles.querySelector('.bd-tile-current')?.classList.remove('bd-tile-current')
    tile(current)?.classList.add('bd-tile-current')
    tile(current)?.setAttribute('aria-current', 'true')
  }
  const build = (): void => {
    if (built || !snapshot) return
    built = true
    const deck = snapshot
    tiles.replaceChildren(...deck.slides.map((slide) => h('button', {
      type: 'button', class: 'bd-tile', 'data-index': String(slide.index), title: slide.title || `Slide ${slide.index + 1}`,
      onclick: () => {
        go(slide)
        grid.close()
      },
    }, slideThumbnail(slide, deck.css, { center: deck.config.center !== false, scope: deck.scope }), h('span', {}, String(slide.index + 1)))))
    mark()
  }
  /** Focuses a tile and brings it whole into view, once the tiles above it are laid out at their real size. */
  const reach = (target: HTMLElement | null): void => {
    target?.focus({ preventScroll: true })
    target?.scrollIntoView({ block: 'nearest' })
    requestAnimationFrame(() => target?.scrollIntoView({ block: 'nearest' }))
  }
  const step = (key: string): void => {
    const all = [...tiles.querySelectorAll<HTMLElement>('.bd-tile')]
    const from = all.indexOf(document.activeElement as HTMLElement)
    const columns = Math.max(1, all.filter((t) => t.offsetTop === all[0].offsetTop).length)
    const to = from < 0 ? current : Math.min(all.length - 1, Math.max(0, from + STEPS[key](columns)))
    reach(all[to] ?? null)
  }
  const stop = panelKeys({
    get isOpen() {
      return grid.isOpen
    },
    handle(event) {
      if (event.key === 'Escape' || event.key.toLowerCase() === 'o') grid.close()
      else if (event.key in STEPS) step(event.key)
      else if (event.key === 'Enter' && document.activeElement?.classList.contains('bd-tile')) (document.activeElement as HTMLElement).click()
      else return false
      return true
    },
  })
  const grid = {
    element,
    stop,
    get isOpen() {
      return !element.hidden
    },
    open(): void {
      element.hidden = false
      build()
      reach(tile(current))
    },
    close(): void {
      element.hidden = true
      ;(document.activeElement as HTMLElement | null)?.blur()
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
