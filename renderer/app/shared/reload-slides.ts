import type { DeckSnapshot } from '../../core/api/contract'
import { sameSlide } from '../../core/present/same-slide'
import { type RevealApi, positionOf, replaceSlides } from './reveal-deck'

/**
 * Puts the new version of a deck on a presenting view and stays on the same slide, found by its
 * content or title (sameSlide), and its fragment: a slide inserted above the current one must not
 * take its place on the projector.
 */
export function reloadSlides(deck: RevealApi, before: DeckSnapshot, after: DeckSnapshot): void {
  const at = positionOf(deck)
  const index = before.slides.findIndex((slide) => slide.h === at.h && slide.v === at.v)
  const to = index < 0 ? undefined : after.slides[sameSlide(before.slides, after.slides, index)]
  replaceSlides(deck, after, to ? { h: to.h, v: to.v, f: at.f } : at)
}
