import type { Deck, Slide } from '../deck/deck'
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../slide/static-slide'
import { contentSecurityPolicy } from './csp'
import { escapeHtml } from './escape-html'

/** An inline script and the base64 SHA-256 of its text, by which the page's CSP allows it. */
export interface InlineScript {
  code: string
  sha256: string
}

/** What a deck page needs besides the deck: supplied by the host, which reads it from disk once. */
export interface DeckRuntime {
  /** CSS in cascade order: reveal.js core, theme, fonts, code highlighting. */
  styles: string[]
  /** Scripts in load order: reveal.js, its plugins, then Briefdeck's init script. */
  scripts: InlineScript[]
  /**
   * Hashes of scripts in pages the deck writes into popups (reveal.js's speaker view). Such a popup
   * inherits this page's CSP; it also frames the deck itself to preview slides.
   */
  popupScriptHashes?: string[]
}

/** Reveal.initialize options Briefdeck sets; a deck's `revealOptions` override them. */
export const REVEAL_DEFAULTS = {
  width: SLIDE_WIDTH,
  height: SLIDE_HEIGHT,
  margin: 0.04,
  hash: true,
  controls: true,
  progress: true,
  slideNumber: 'c/t',
  center: true,
  transition: 'slide',
  // → (what clickers send) walks every slide in reading order, vertical ones included; reveal.js's
  // own default sends it to the next horizontal slide, skipping a stack's slides below.
  navigationMode: 'linear',
} as const

/** The reveal.js configuration for a deck: Briefdeck's defaults, then the deck's own options. */
export function toRevealConfig(deck: Deck): Record<string, unknown> {
  return { ...REVEAL_DEFAULTS, ...deck.meta.revealOptions }
}

/** What rendering a slide's <section> needs (a Slide, or the API's SlideView). */
export type SectionSlide = Pick<Slide, 'index' | 'h' | 'v' | 'html' | 'notesHtml' | 'attributes' | 'startLine' | 'endLine'>

/** The `<section>` elements of a deck, vertical slides nested in their stack as reveal.js expects. */
export function renderSlides(deck: Deck): string {
  return renderSections(deck.slides)
}

/** The `<section>` elements of a list of slides (see renderSlides); runs in the browser as well. */
export function renderSections(slides: readonly SectionSlide[]): string {
  const stacks: SectionSlide[][] = []
  for (const slide of slides) (stacks[slide.h] ??= []).push(slide)
  return stacks
    .filter((stack) => stack !== undefined)
    .map((stack) => (stack.length === 1
      ? renderSection(stack[0])
      : `<section>\n${stack.map(renderSection).join('\n')}\n</section>`))
    .join('\n')
}

function renderSection(slide: SectionSlide): string {
  const attributes = Object.entries(slide.attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('')
  const notes = slide.notesHtml === '' ? '' : `\n<aside class="notes">${slide.notesHtml}</aside>`
  return `<section${attributes} data-bd-index="${slide.index}" data-bd-lines="${slide.startLine}-${slide.endLine}">\n${slide.html}${notes}\n</section>`
}

/**
 * A complete, self-contained reveal.js page for a deck: works from `file://` with no network.
 * Deterministic: the same deck and runtime give the same bytes.
 */
export function renderDeck(deck: Deck, runtime: DeckRuntime): string {
  const meta = deck.meta
  const popups = runtime.popupScriptHashes ?? []
  const csp = contentSecurityPolicy({ scripts: [...runtime.scripts.map((s) => s.sha256), ...popups], frameSelf: popups.length > 0 })
  const head = [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    '<meta name="generator" content="Briefdeck">',
    `<title>${escapeHtml(deck.title)}</title>`,
    meta.author ? `<meta name="author" content="${escapeHtml(meta.author)}">` : '',
    meta.description ? `<meta name="description" content="${escapeHtml(meta.description)}">` : '',
    ...runtime.styles.map((css) => `<style>\n${css.replace(/<\/style/gi, '<\\/style')}\n</style>`),
    // In <head>, before any slide: getElementById finds the first element with an id, and decks cannot use bd- ids anyway.
    `<script type="application/json" id="bd-config">${JSON.stringify(toRevealConfig(deck)).replace(/</g, '\\u003c')}</script>`,
  ].filter(Boolean)
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(meta.lang ?? 'en')}">`,
    '<head>',
    ...head,
    '</head>',
    // The deck's own <style> applies under its scope class (see deckScopeClass).
    `<body class="${escapeHtml(deck.scope)}">`,
    '<div class="reveal"><div class="slides">',
    renderSlides(deck),
    '</div></div>',
    ...runtime.scripts.map((script) => `<script>${script.code}</script>`),
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
