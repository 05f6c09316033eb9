import Reveal, { type RevealConfig } from 'reveal.js'
import RevealHighlight from 'reveal.js/plugin/highlight'
import type { BriefdeckApi, DeckSnapshot, SlidePosition } from '../../core/api/contract'

export type RevealApi = InstanceType<typeof Reveal>

/** Options for one reveal.js instance on a page (the audience view, or a presenter preview). */
export interface DeckOptions {
  embedded: boolean
  /** Whether this instance takes the keyboard (the audience view and the presenter's current slide). */
  keyboard: boolean
  controls: boolean
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
    keyboard: options.keyboard,
    keyboardCondition: options.keyboard ? () => !isTyping() : null,
    controls: options.controls && snapshot.config.controls !== false,
    progress: options.controls && snapshot.config.progress !== false,
    slideNumber: options.controls ? (snapshot.config.slideNumber as RevealConfig['slideNumber']) : false,
    help: options.keyboard,
    plugins: [RevealHighlight],
  })
  await deck.initialize()
  return deck
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
 * Puts a new version of the deck in place and stays on the same slide and fragment: what an open
 * view does when the file changes on disk.
 */
export function replaceSlides(deck: RevealApi, snapshot: DeckSnapshot): void {
  const at = positionOf(deck)
  const slides = deck.getSlidesElement() as HTMLElement
  slides.innerHTML = snapshot.sectionsHtml
  highlightCode(deck, slides)
  deck.sync()
  deck.slide(at.h, at.v, at.f)
}

/** Highlights the code blocks under `root` again, after its HTML was replaced. */
export function highlightCode(deck: RevealApi, root: ParentNode): void {
  const highlight = deck.getPlugin('highlight') as { highlightBlock?: (block: HTMLElement) => void } | undefined
  root.querySelectorAll<HTMLElement>('pre code').forEach((block) => highlight?.highlightBlock?.(block))
}

/**
 * Keeps a deck in step with every other view of it, in this browser or another device: local moves
 * are sent through the API, moves from elsewhere are applied (without echoing them back).
 */
export function syncPosition(api: BriefdeckApi, path: string, deck: RevealApi, client: string, onMove?: () => void): () => void {
  let applying = false
  const send = (): void => {
    onMove?.()
    if (applying) return
    void api.invoke('presenter.move', { path, position: positionOf(deck), client }).catch(() => {})
  }
  const events = ['slidechanged', 'fragmentshown', 'fragmenthidden'] as const
  for (const event of events) deck.on(event, send)
  const stop = api.on('presenter.moved', (moved) => {
    if (moved.path !== path || moved.client === client || samePosition(moved.position, positionOf(deck))) return
    applying = true
    try {
      deck.slide(moved.position.h, moved.position.v, moved.position.f)
    } finally {
      applying = false
    }
    onMove?.()
  })
  return () => {
    stop()
    for (const event of events) deck.off(event, send)
  }
}

/**
 * Typing a slide number and Enter jumps there, as in PowerPoint and Keynote. Numbers count slides
 * in reading order, vertical ones included, from 1.
 */
export function jumpOnNumber(deck: RevealApi): () => void {
  let typed = ''
  let timer: ReturnType<typeof setTimeout> | undefined
  const onKey = (event: KeyboardEvent): void => {
    if (isTyping() || event.ctrlKey || event.metaKey || event.altKey) return
    if (/^[0-9]$/.test(event.key)) {
      typed += event.key
      clearTimeout(timer)
      timer = setTimeout(() => (typed = ''), 2500)
      event.stopImmediatePropagation()
    } else if (event.key === 'Enter' && typed !== '') {
      const target = deck.getSlides()[Number(typed) - 1]
      typed = ''
      if (target) {
        const { h, v } = deck.getIndices(target)
        deck.slide(h, v ?? 0)
      }
      event.preventDefault()
      event.stopImmediatePropagation()
    }
  }
  document.addEventListener('keydown', onKey, true)
  return () => document.removeEventListener('keydown', onKey, true)
}

function isTyping(): boolean {
  const active = document.activeElement
  return active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || (active as HTMLElement | null)?.isContentEditable === true
}

/** A random id for this window, so it can tell its own moves from other views'. */
export function newClientId(): string {
  return `c${Math.random().toString(36).slice(2, 12)}`
}
