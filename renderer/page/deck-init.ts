import { stopBeforeBackup } from './backup-stop'
import { fitRevealSlides } from './fit-slide'
import { clearBanner, showBackupNumber, showSlideChrome } from './slide-chrome'

/** What a built deck's page holds: reveal.js and its plugins, loaded by the page's own scripts. */
interface DeckPageWindow {
  Reveal: {
    initialize(config: object): Promise<unknown>
    getConfig(): { height: number }
    getSlidesElement(): HTMLElement
    getCurrentSlide(): Element
    on(event: string, listener: (event: { previousSlide?: Element; currentSlide?: Element }) => void): void
    slide(h: number, v?: number, f?: number): void
    getIndices(slide: Element): { h: number; v?: number }
    availableFragments(): { next: boolean }
    next(...args: unknown[]): unknown
    right(...args: unknown[]): unknown
    down(...args: unknown[]): unknown
  }
  RevealNotes?: unknown
  RevealHighlight?: unknown
}

/**
 * Starts reveal.js in a built deck. The deck's settings arrive as JSON in #bd-config (in <head>,
 * before any slide), never as script; this script is the same for every deck, and the page's CSP
 * allows it by its hash. Slides that ask for it are shrunk to fit once fonts are in.
 */
async function startDeck(): Promise<void> {
  const page = window as unknown as DeckPageWindow
  const config = JSON.parse(document.getElementById('bd-config')?.textContent ?? '{}') as Record<string, unknown>
  // Only real plugins: an element with a plugin's name as its id is not one (decks cannot set such ids either).
  const isPlugin = (p: unknown): boolean => typeof p === 'function' || (typeof p === 'object' && p !== null && !(p instanceof Node) && typeof (p as { id?: unknown }).id === 'string')
  config.plugins = [page.RevealNotes, page.RevealHighlight].filter(isPlugin)
  await page.Reveal.initialize(config)
  const reveal = page.Reveal
  const chrome = (): void => {
    showSlideChrome(reveal.getSlidesElement(), reveal.getCurrentSlide())
    // After reveal.js has written its own number for the move.
    requestAnimationFrame(() => showBackupNumber(reveal.getSlidesElement().parentElement, reveal.getCurrentSlide()))
  }
  chrome()
  reveal.on('slidechanged', chrome)
  reveal.on('resize', () => clearBanner(reveal.getSlidesElement()))
  stopBeforeBackup(reveal, true)
  await document.fonts?.ready
  fitRevealSlides(page.Reveal.getSlidesElement(), page.Reveal.getConfig().height)
}

void startDeck()
