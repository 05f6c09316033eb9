import type { SlideView } from '../../core/api/contract'
import { h } from '../shared/dom'
import { slideThumbnail } from '../shared/slide-thumbnail'

/** A changed slide's picture is redrawn once typing has paused this long: pictures need not keep up with keys. */
const REDRAW_DELAY_MS = 200
/** A tile's width and the gap after it (editor.css): the tiles in view follow from the scroll position. */
const TILE_PITCH = 128 + 8
/** Tiles kept beyond each edge of the view, so a short scroll shows pictures at once. */
const KEPT_BEYOND = 4

/** What the strip draws each slide with: the deck's CSS, scope and vertical centring. */
export interface StripDeck {
  slides: readonly SlideView[]
  css: string
  scope: string
  center: boolean
}

/**
 * The thumbnail strip under the preview: a still picture of every slide (slideThumbnail), the
 * current one marked; a click goes to the slide. Only the tiles in view exist (a long deck's strip
 * is a track as wide as all of them), and a picture is drawn again only when its slide or the
 * deck's CSS changed: a 1,000-slide deck costs what is on screen.
 */
export class ThumbnailStrip {
  readonly element = h('div', { class: 'bd-strip', 'aria-label': 'Slide thumbnails' })
  private readonly track = h('div', { class: 'bd-strip-track', role: 'list' })
  private readonly tiles = new Map<number, { tile: HTMLButtonElement; drawn: string }>()
  private deck: StripDeck | null = null
  /** Counts changes of the deck's CSS, which redraw every tile. */
  private cssVersion = 0
  private currentIndex = -1
  private timer: ReturnType<typeof setTimeout> | undefined
  private frame = 0

  constructor(private readonly goTo: (slide: SlideView) => void) {
    this.element.append(this.track)
    this.element.addEventListener('scroll', () => {
      cancelAnimationFrame(this.frame)
      this.frame = requestAnimationFrame(() => this.layOut(true))
    }, { passive: true })
  }

  show(deck: StripDeck): void {
    if (deck.css !== this.deck?.css) this.cssVersion++
    this.deck = deck
    this.track.style.width = `${deck.slides.length * TILE_PITCH}px`
    this.layOut(false)
    clearTimeout(this.timer)
    this.timer = setTimeout(() => this.layOut(true), REDRAW_DELAY_MS)
  }

  /** Marks the slide the preview shows, and scrolls the strip to it if it is out of view. */
  current(index: number): void {
    if (index === this.currentIndex) return
    this.tiles.get(this.currentIndex)?.tile.removeAttribute('aria-current')
    this.currentIndex = index
    this.tiles.get(index)?.tile.setAttribute('aria-current', 'true')
    const left = index * TILE_PITCH
    const view = this.element
    if (left < view.scrollLeft || left + TILE_PITCH > view.scrollLeft + view.clientWidth) view.scrollLeft = left - (view.clientWidth - TILE_PITCH) / 2
  }

  destroy(): void {
    clearTimeout(this.timer)
    cancelAnimationFrame(this.frame)
  }

  /** Keeps tiles for the slides in view (and a few beyond) and, with `draw`, draws the stale ones. */
  private layOut(draw: boolean): void {
    const deck = this.deck
    if (!deck) return
    const first = Math.max(0, Math.floor(this.element.scrollLeft / TILE_PITCH) - KEPT_BEYOND)
    const last = Math.min(deck.slides.length, Math.ceil((this.element.scrollLeft + this.element.clientWidth) / TILE_PITCH) + KEPT_BEYOND)
    for (const [index, { tile }] of this.tiles) {
      if (index >= first && index < last) continue
      tile.remove()
      this.tiles.delete(index)
    }
    for (let index = first; index < last; index++) {
      const kept = this.tiles.get(index) ?? this.newTile(index)
      const slide = deck.slides[index]
      const drawn = `${this.cssVersion}:${deck.scope}:${JSON.stringify(slide.attributes)}:${slide.html}`
      if (!draw || kept.drawn === drawn) continue
      kept.drawn = drawn
      kept.tile.title = slide.title
      kept.tile.replaceChildren(slideThumbnail(slide, deck.css, { center: deck.center, scope: deck.scope }), h('span', { class: 'bd-strip-number' }, String(index + 1)))
    }
  }

  private newTile(index: number): { tile: HTMLButtonElement; drawn: string } {
    const tile = h('button', { type: 'button', class: 'bd-strip-tile', role: 'listitem', 'aria-label': `Slide ${index + 1}` },
      h('span', { class: 'bd-strip-number' }, String(index + 1)))
    tile.style.left = `${index * TILE_PITCH}px`
    if (index === this.currentIndex) tile.setAttribute('aria-current', 'true')
    tile.addEventListener('click', () => {
      const slide = this.deck?.slides[index]
      if (slide) this.goTo(slide)
    })
    this.track.append(tile)
    const kept = { tile, drawn: '' }
    this.tiles.set(index, kept)
    return kept
  }
}
