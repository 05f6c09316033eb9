import type { BriefdeckApi, DeckSnapshot } from '../../core/api/contract'
import { renderSections } from '../../core/html/render-deck'
import { applyDeckCss } from '../shared/deck-css'
import { type RevealApi, mountDeck, positionOf } from '../shared/reveal-deck'
import { patchPreview } from './incremental-preview'
import { slideAtLine } from './source-map'

/** Typing pauses this long before the preview compiles; compiles never overlap. */
const PREVIEW_DELAY_MS = 25

/** What the preview reads from the source editor, and whom it tells about each compile. */
export interface PreviewSource {
  text(): string
  cursorLine(): number
  goToLine(line: number): void
  compiled(snapshot: DeckSnapshot): void
  failed(message: string): void
}

/**
 * The live preview beside the source: reveal.js on the deck as typed. It compiles off the typing path
 * through `deck.preview`, patches only the slides that changed, follows the cursor, and a click on a
 * slide moves the cursor to its source.
 */
export class PreviewPane {
  private timer: ReturnType<typeof setTimeout> | undefined
  private compiling = false
  /** An edit arrived during a compile: compile once more when it ends. */
  private again = false

  private constructor(
    private readonly api: BriefdeckApi,
    private readonly path: string,
    private readonly deck: RevealApi,
    private snapshot: DeckSnapshot,
    private readonly source: PreviewSource,
  ) {}

  /** Compiles `text` and starts reveal.js on `box` with it. */
  static async open(box: HTMLElement, api: BriefdeckApi, path: string, text: string, source: PreviewSource): Promise<PreviewPane> {
    const first = withSections(await api.invoke('deck.preview', { path, text, knownCssHash: null }))
    applyDeckCss(first.css)
    const deck = await mountDeck(box, first, { embedded: true, keyboard: false, controls: true })
    const pane = new PreviewPane(api, path, deck, first, source)
    box.addEventListener('click', (event) => pane.clickToSource(event))
    source.compiled(first)
    return pane
  }

  /** Compiles the text once typing pauses. */
  schedule(): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.refresh(), PREVIEW_DELAY_MS)
  }

  /** Shows the slide whose source holds the cursor. */
  followCursor(): void {
    const slide = slideAtLine(this.snapshot.slides, this.source.cursorLine())
    if (!slide) return
    const at = positionOf(this.deck)
    if (at.h !== slide.h || at.v !== slide.v) this.deck.slide(slide.h, slide.v)
  }

  destroy(): void {
    clearTimeout(this.timer)
    this.deck.destroy()
  }

  private async refresh(): Promise<void> {
    if (this.compiling) {
      this.again = true
      return
    }
    this.compiling = true
    try {
      const next = withSections(await this.api.invoke('deck.preview', { path: this.path, text: this.source.text(), knownCssHash: this.snapshot.cssHash }))
      // An empty `css` means "the same as before": the fonts are not sent again.
      if (next.css === '') next.css = this.snapshot.css
      else applyDeckCss(next.css)
      patchPreview(this.deck, this.snapshot, next)
      this.snapshot = next
      this.followCursor()
      this.source.compiled(next)
    } catch (error) {
      this.source.failed(`Preview not updated: ${(error as Error).message}`)
    } finally {
      this.compiling = false
      if (this.again) {
        this.again = false
        void this.refresh()
      }
    }
  }

  private clickToSource(event: Event): void {
    const section = (event.target as HTMLElement).closest<HTMLElement>('section[data-bd-lines]')
    const start = Number(section?.dataset.bdLines?.split('-')[0])
    if (start > 0) this.source.goToLine(start)
  }
}

/** Previews come without their sections HTML; it is rebuilt here from the slides. */
function withSections(snapshot: DeckSnapshot): DeckSnapshot {
  return snapshot.sectionsHtml === '' ? { ...snapshot, sectionsHtml: renderSections(snapshot.slides) } : snapshot
}
