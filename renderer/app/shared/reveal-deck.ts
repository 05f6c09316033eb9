import Reveal, { type RevealConfig } from 'reveal.js'
import type { DeckSnapshot, SlidePosition } from '../../core/api/contract'
import { stopBeforeBackup } from '../../page/backup-stop'
import { fitRevealSlides } from '../../page/fit-slide'
import { clearBanner, showBackupNumber, showSlideChrome } from '../../page/slide-chrome'
import { isTyping } from './keys'

export type RevealApi = InstanceType<typeof Reveal>

/** Options for one reveal.js instance on a page (the audience view, or a presenter preview). */
export interface DeckOptions {
  embedded: boolean
  /** Whether this instance takes the keyboard (the audience view and the presenter's current slide). */
  keyboard: boolean
  controls: boolean
  /** The deck's own transitions (the room's view); a presenter's or editor's preview jumps at once. */
  transitions?: boolean
}

/**
 * Starts reveal.js on a container with a compiled deck. Our router owns the URL hash, so reveal's
 * hash and history are off whatever the deck says.
 */
export async function mountDeck(container: HTMLElement, snapshot: DeckSnapshot, options: DeckOptions): Promise<RevealApi> {
  // The container is the deck's root: its <style> applies under it only, and nothing it draws (a
  // fixed-position overlay) leaves it (`.bd-deck-scope` has `contain: paint`).
  container.classList.add('bd-deck-scope', snapshot.scope)
  const reveal = document.createElement('div')
  reveal.className = 'reveal'
  // Slide HTML was sanitised by the deck compiler: it may format, never run script.
  reveal.innerHTML = `<div class="slides">${snapshot.sectionsHtml}</div>`
  container.replaceChildren(reveal)
  const deck = new Reveal(reveal, {
    ...snapshot.config,
    hash: false,
    history: false,
    embedded: options.embedded,
    ...(options.transitions === false ? { transition: 'none', backgroundTransition: 'none' } : {}),
    // A phone's narrow window keeps slides (swipe and tap move them), not reveal.js's scroll view.
    scrollActivationWidth: 0,
    keyboard: options.keyboard,
    keyboardCondition: options.keyboard ? () => !isTyping() : null,
    controls: options.controls && snapshot.config.controls !== false,
    progress: options.controls && snapshot.config.progress !== false,
    slideNumber: options.controls ? (snapshot.config.slideNumber as RevealConfig['slideNumber']) : false,
    help: options.keyboard,
    // reveal.js answers any window's postMessage by default: a page on another site that opened the
    // presenter could move the room. The app drives its decks itself and needs none of it.
    postMessage: false,
    postMessageEvents: false,
    plugins: /<pre\b[^>]*>\s*<code\b/.test(snapshot.sectionsHtml) ? [await highlighter()] : [],
  })
  await deck.initialize()
  // The talk ends at its last slide (backup slides are jumped to); each slide shows its marking.
  stopBeforeBackup(deck as unknown as Parameters<typeof stopBeforeBackup>[0], options.keyboard)
  const chrome = (): void => {
    showSlideChrome(deck.getSlidesElement() as HTMLElement, deck.getCurrentSlide())
    requestAnimationFrame(() => showBackupNumber(deck.getRevealElement() as Element | null, deck.getCurrentSlide()))
  }
  deck.on('slidechanged', chrome)
  deck.on('resize', () => clearBanner(deck.getSlidesElement() as HTMLElement))
  chrome()
  await fitWhenFontsAreIn(deck)
  // reveal.js lays out on window resizes only; a pane that changes size (a grid settling, a split
  // dragged) must lay it out again, or the slide is drawn at the old scale.
  new ResizeObserver(() => deck.layout()).observe(container)
  return deck
}

/** Shrinks the slides that ask for it (`fit: shrink`, `data-fit`), measured once the fonts are in. */
async function fitWhenFontsAreIn(deck: RevealApi): Promise<void> {
  await document.fonts.ready
  fitRevealSlides(deck.getSlidesElement() as HTMLElement, deck.getConfig().height as number)
  deck.layout()
}

/** Every slide in reading order, backup slides included (reveal.js's getSlides leaves out uncounted ones). */
export function allSlides(deck: RevealApi): HTMLElement[] {
  return [...((deck.getSlidesElement() as HTMLElement | null)?.querySelectorAll<HTMLElement>('section:not(.stack)') ?? [])]
}

/** The deck model's index of the slide at `at` (the compiler writes it on each section). */
export function slideIndexAt(deck: RevealApi, at: SlidePosition = positionOf(deck)): number {
  return Number((deck.getSlide(at.h, at.v) as HTMLElement | undefined)?.getAttribute('data-bd-index') ?? 0)
}

/** Where a deck is now, with `f` = -1 before its first fragment. */
export function positionOf(deck: RevealApi): SlidePosition {
  const { h, v, f } = deck.getIndices()
  return { h, v: v ?? 0, f: f ?? -1 }
}

export function samePosition(a: SlidePosition, b: SlidePosition): boolean {
  return a.h === b.h && a.v === b.v && a.f === b.f
}

/**
 * Puts a new version of the deck in place and goes to `at`, by default the same slide number and
 * fragment: what an open view does when the file changes on disk (presenting views pass the same
 * slide, see reload-slides.ts).
 */
export function replaceSlides(deck: RevealApi, snapshot: DeckSnapshot, at: SlidePosition = positionOf(deck)): void {
  const slides = deck.getSlidesElement() as HTMLElement
  slides.innerHTML = snapshot.sectionsHtml
  highlightCode(deck, slides)
  deck.sync()
  void fitWhenFontsAreIn(deck)
  deck.slide(at.h, at.v, at.f)
  showSlideChrome(slides, deck.getCurrentSlide())
}

/**
 * Highlights the code blocks under `root` again, after its HTML was replaced. A deck that had no code
 * block when it was shown has no highlighter yet: the first block an edit brings loads it, and the
 * plugin, registered on the running deck, highlights every block as it starts.
 */
export function highlightCode(deck: RevealApi, root: ParentNode): void {
  const blocks = root.querySelectorAll<HTMLElement>('pre code')
  if (blocks.length === 0) return
  const highlight = deck.getPlugin('highlight') as { highlightBlock?: (block: HTMLElement) => void } | undefined
  if (highlight) {
    blocks.forEach((block) => {
      // As the plugin marks the blocks it finds when it starts (reveal.js's themes style the class).
      block.parentElement?.classList.add('code-wrapper')
      highlight.highlightBlock?.(block)
    })
    return
  }
  void highlighter().then((plugin) => {
    if (!deck.hasPlugin('highlight')) deck.registerPlugin(plugin())
  })
}

/** reveal.js's highlighter: highlight.js with every language (a megabyte), loaded for decks with code blocks only. */
async function highlighter(): Promise<typeof import('reveal.js/plugin/highlight').default> {
  return (await import('reveal.js/plugin/highlight')).default
}

/** A random id for this window, so it can tell its own moves from other views'. */
export function newClientId(): string {
  return `c${Math.random().toString(36).slice(2, 12)}`
}
