import type { SlideView } from '../../core/api/contract'
import { h } from '../shared/dom'
import { badgesOf } from './outline-badges'

/** What the outline asks of the editor. */
export interface OutlineHooks {
  /** Go to a slide: its source in the editor, and the preview. */
  goTo(slide: SlideView): void
  /** Move slide `from` to position `to` (reading order), by moving its source text. */
  move(from: number, to: number): void
}

const DRAG_TYPE = 'application/x-briefdeck-slide'
const SHOWN_KEY = 'briefdeck.editorOutline'

/**
 * The slide outline beside the source: every slide's number and title with its badges
 * (OUTLINE_BADGES), the current one marked. A click goes to the slide; dragging a slide, or
 * Alt+↑/↓ on it, reorders the deck. Only the entries that changed are redrawn after each compile.
 */
export class SlideOutline {
  readonly element: HTMLElement
  private readonly list = h('ol', { class: 'bd-outline-list' })
  private items: HTMLLIElement[] = []
  private drawn: string[] = []
  private drawnFrom: Array<{ slide: SlideView; overflowing: boolean }> = []
  private slides: readonly SlideView[] = []
  private overflowing = new Set<number>()
  private currentIndex = -1
  private dragging: number | null = null
  /** The position a keyboard move went to: its entry takes the focus once redrawn. */
  private focusAfterMove: number | null = null

  constructor(private readonly hooks: OutlineHooks) {
    this.element = h('nav', { class: 'bd-outline', 'aria-label': 'Slide outline' }, h('h2', {}, 'Slides'), this.list)
    this.element.hidden = localStorage.getItem(SHOWN_KEY) === 'hidden'
    this.list.addEventListener('dragover', (event) => this.dragOver(event))
    this.list.addEventListener('drop', (event) => this.drop(event))
    this.list.addEventListener('dragend', () => this.endDrag())
  }

  /** Whether the outline is shown. */
  get shown(): boolean {
    return !this.element.hidden
  }

  /** Shows or hides the outline, remembered. */
  toggle(): void {
    this.element.hidden = !this.element.hidden
    localStorage.setItem(SHOWN_KEY, this.element.hidden ? 'hidden' : 'shown')
  }

  show(slides: readonly SlideView[]): void {
    this.slides = slides
    this.render()
  }

  /** The slides measured as overflowing, for their badges. */
  overflowed(indices: readonly number[]): void {
    this.overflowing = new Set(indices)
    this.render()
  }

  /** Marks the slide the preview shows, and keeps it in view. */
  current(index: number): void {
    if (index === this.currentIndex) return
    this.items[this.currentIndex]?.removeAttribute('aria-current')
    this.currentIndex = index
    const item = this.items[index]
    item?.setAttribute('aria-current', 'true')
    item?.scrollIntoView({ block: 'nearest' })
  }

  private render(): void {
    this.slides.forEach((slide, i) => {
      // The same slide object as last time, with the same overflow: nothing to redraw (see slide-delta.ts).
      const overflowing = this.overflowing.has(slide.index)
      if (this.drawnFrom[i]?.slide === slide && this.drawnFrom[i]?.overflowing === overflowing) return
      this.drawnFrom[i] = { slide, overflowing }
      const badges = badgesOf(slide, { overflowing })
      const drawn = JSON.stringify([slide.h, slide.v, slide.title || untitled(slide), badges])
      if (this.drawn[i] === drawn) return
      const item = this.items[i] ?? this.newItem(i)
      this.fill(item, slide, badges)
      this.drawn[i] = drawn
    })
    for (const extra of this.items.splice(this.slides.length)) extra.remove()
    this.drawn.length = this.slides.length
    this.drawnFrom.length = this.slides.length
    if (this.currentIndex >= this.slides.length) this.currentIndex = -1
    if (this.focusAfterMove !== null) this.items[this.focusAfterMove]?.querySelector('button')?.focus()
    this.focusAfterMove = null
  }

  private newItem(index: number): HTMLLIElement {
    const item = h('li', { class: 'bd-outline-item', draggable: 'true' })
    item.dataset.index = String(index)
    item.addEventListener('dragstart', (event) => {
      this.dragging = index
      event.dataTransfer?.setData(DRAG_TYPE, String(index))
      if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move'
      item.classList.add('bd-dragging')
    })
    this.items[index] = item
    this.list.append(item)
    return item
  }

  private fill(item: HTMLLIElement, slide: SlideView, badges: ReturnType<typeof badgesOf>): void {
    const i = slide.index
    item.classList.toggle('bd-outline-vertical', slide.v > 0)
    const go = h('button', { type: 'button', class: 'bd-outline-go', title: `Slide ${i + 1}, line ${slide.startLine} (Alt+↑/↓ to move)` },
      h('span', { class: 'bd-outline-number' }, String(i + 1)),
      h('span', { class: slide.title ? 'bd-outline-title' : 'bd-outline-title bd-untitled' }, slide.title || untitled(slide)))
    go.addEventListener('click', () => this.hooks.goTo(this.slides[i]))
    go.addEventListener('keydown', (event) => {
      const step = event.altKey ? { ArrowUp: -1, ArrowDown: 1 }[event.key] : undefined
      if (step === undefined || !this.slides[i + step]) return
      event.preventDefault()
      this.focusAfterMove = i + step
      this.hooks.move(i, i + step)
    })
    item.replaceChildren(go, ...badges.map((badge) => h('span', { class: `bd-badge bd-badge-${badge.id}`, title: badge.label, 'aria-label': badge.label }, badge.text)))
  }

  private dragOver(event: DragEvent): void {
    const target = this.dropTarget(event)
    if (!target) return
    event.preventDefault()
    for (const item of this.items) item.classList.remove('bd-drop-before', 'bd-drop-after')
    target.item.classList.add(target.after ? 'bd-drop-after' : 'bd-drop-before')
  }

  private drop(event: DragEvent): void {
    const target = this.dropTarget(event)
    const from = this.dragging
    this.endDrag()
    if (!target || from === null) return
    event.preventDefault()
    // The position among the other slides: dropping after the slide before it is no move at all.
    const gap = target.index + (target.after ? 1 : 0)
    const to = gap > from ? gap - 1 : gap
    if (to !== from) this.hooks.move(from, to)
  }

  /** The entry under the pointer during a drag of an outline entry, and which half of it. */
  private dropTarget(event: DragEvent): { item: HTMLLIElement; index: number; after: boolean } | null {
    if (this.dragging === null) return null
    const item = (event.target as HTMLElement).closest<HTMLLIElement>('.bd-outline-item')
    if (!item) return null
    const box = item.getBoundingClientRect()
    return { item, index: Number(item.dataset.index), after: event.clientY > box.top + box.height / 2 }
  }

  private endDrag(): void {
    this.dragging = null
    for (const item of this.items) item.classList.remove('bd-dragging', 'bd-drop-before', 'bd-drop-after')
  }
}

/** A slide without a heading is named by the start of its text. */
function untitled(slide: SlideView): string {
  const text = slide.html.replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ').replace(/\s+/g, ' ').trim()
  return text === '' ? '(empty slide)' : text.length > 48 ? `${text.slice(0, 47)}…` : text
}
