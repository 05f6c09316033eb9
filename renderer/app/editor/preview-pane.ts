import type { DeckSnapshot, SlideView } from '../../core/api/contract'
import { applyDeckCss } from '../shared/deck-css'
import { type RevealApi, mountDeck, positionOf } from '../shared/reveal-deck'
import { patchPreview } from './incremental-preview'
import { slideAtLine } from './source-map'

/**
 * The live preview beside the source: reveal.js on the deck as typed. Each new compile patches only
 * the slides that changed; it shows the slide of a source line, and a click on a slide goes to its
 * source. reveal.js lays the deck out again whenever the pane changes size (the split is resizable).
 */
export class PreviewPane {
  private readonly resized: ResizeObserver

  private constructor(private readonly box: HTMLElement, private readonly deck: RevealApi, private snapshot: DeckSnapshot) {
    this.resized = new ResizeObserver(() => this.deck.layout())
    this.resized.observe(box)
  }

  /** Starts reveal.js on `box` with the first compile; a click on a slide calls `goToLine` with its first line. */
  static async open(box: HTMLElement, first: DeckSnapshot, goToLine: (line: number) => void): Promise<PreviewPane> {
    applyDeckCss(first.css)
    const deck = await mountDeck(box, first, { embedded: true, keyboard: false, controls: true })
    box.addEventListener('click', (event) => {
      const section = (event.target as HTMLElement).closest<HTMLElement>('section[data-bd-lines]')
      const start = Number(section?.dataset.bdLines?.split('-')[0])
      if (start > 0) goToLine(start)
    })
    return new PreviewPane(box, deck, first)
  }

  get slides(): readonly SlideView[] {
    return this.snapshot.slides
  }

  /** Brings the preview to a new compile. */
  show(next: DeckSnapshot): void {
    if (next.css !== this.snapshot.css) applyDeckCss(next.css)
    patchPreview(this.deck, this.snapshot, next)
    this.snapshot = next
  }

  /** Shows the slide whose source holds a 1-based line. */
  showLine(line: number): void {
    const slide = slideAtLine(this.snapshot.slides, line)
    if (!slide) return
    const at = positionOf(this.deck)
    if (at.h !== slide.h || at.v !== slide.v) this.deck.slide(slide.h, slide.v)
  }

  /** The index of the slide shown. */
  get current(): number {
    const section = this.deck.getCurrentSlide() as HTMLElement | undefined
    return Number(section?.dataset.bdIndex ?? 0)
  }

  /** Calls `moved` whenever the preview shows another slide. */
  onMove(moved: () => void): void {
    this.deck.on('slidechanged', moved)
  }

  destroy(): void {
    this.resized.disconnect()
    this.deck.destroy()
    this.box.replaceChildren()
  }
}
