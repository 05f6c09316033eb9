import { createHash } from 'node:crypto'
import type { DeckSnapshot, DeckSummary } from '../../../renderer/core/api/contract'
import { toSlideView } from '../../../renderer/core/api/slide-view'
import type { Deck, Diagnostic } from '../../../renderer/core/deck/deck'
import { estimateMinutes } from '../../../renderer/core/deck/talk-length'
import { renderSlides, toRevealConfig } from '../../../renderer/core/html/render-deck'

/** A short content hash identifying one version of a deck's text. */
export function versionOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)
}

let lastCss = ''
let lastCssHash = versionOf('')
/** The hash of a deck's CSS; the same CSS as last time (the usual case while typing) is not hashed again. */
function cssHashOf(css: string): string {
  if (css !== lastCss) {
    lastCss = css
    lastCssHash = versionOf(css)
  }
  return lastCssHash
}


/** A compiled deck as the UI receives it: slides, their sections, styles and every diagnostic. */
export function toSnapshot(path: string, text: string, deck: Deck, styles: readonly string[], diagnostics: Diagnostic[]): DeckSnapshot {
  const css = styles.join('\n')
  return {
    path,
    version: versionOf(text),
    title: deck.title,
    meta: { title: deck.meta.title, subtitle: deck.meta.subtitle, author: deck.meta.author, date: deck.meta.date, duration: deck.meta.duration },
    slides: deck.slides.map(toSlideView),
    sectionsHtml: renderSlides(deck),
    css,
    cssHash: cssHashOf(css),
    config: toRevealConfig(deck),
    scope: deck.scope,
    diagnostics,
  }
}

/** A deck as the library lists it. */
export function toSummary(deck: Deck, snapshot: DeckSnapshot): DeckSummary {
  return {
    path: snapshot.path, title: deck.title, date: deck.meta.date, author: deck.meta.author, slides: deck.slides.length,
    minutes: deck.meta.duration ?? estimateMinutes(deck), estimated: deck.meta.duration === undefined,
    firstSlide: snapshot.slides[0] ?? null, css: snapshot.css, cssHash: snapshot.cssHash,
    scope: deck.scope, center: deck.meta.revealOptions.center !== false,
    errors: snapshot.diagnostics.filter((d) => d.severity === 'error'),
  }
}

/** A deck that could not be read at all, listed with why. */
export function brokenSummary(path: string, message: string): DeckSummary {
  return {
    path, title: path, slides: 0, minutes: 0, estimated: true, firstSlide: null, css: '', cssHash: '', scope: '', center: true,
    errors: [{ code: 'E_FILE', severity: 'error', file: path, line: 1, message }],
  }
}
