import type { DeckSnapshot } from '../../core/api/contract'
import { changedSlides } from './changed-slides'
import { type RevealApi, allSlides, highlightCode, positionOf, replaceSlides } from '../shared/reveal-deck'

/**
 * Brings the preview to a new version of the deck touching only the slides that changed, and keeps
 * reveal.js on the same slide and fragment. A change of shape (slides added or removed) re-renders all.
 */
export function patchPreview(deck: RevealApi, before: DeckSnapshot, after: DeckSnapshot): number[] {
  const { sameShape, changed } = changedSlides(before.slides, after.slides)
  if (!sameShape) {
    replaceSlides(deck, after)
    return changed
  }
  if (changed.length === 0) return changed
  const at = positionOf(deck)
  const sections = allSlides(deck)
  for (const index of changed) {
    const section = sections[index]
    const slide = after.slides[index]
    if (!section) continue
    for (const name of section.getAttributeNames()) {
      if (!name.startsWith('data-bd-') && name !== 'class' && name !== 'style' && name !== 'hidden' && name !== 'aria-hidden') section.removeAttribute(name)
    }
    for (const [name, value] of Object.entries(slide.attributes)) {
      if (name === 'class') section.className = `${value} ${section.className.split(' ').filter((c) => ['present', 'past', 'future', 'stack'].includes(c)).join(' ')}`.trim()
      else section.setAttribute(name, value)
    }
    // Slide HTML is sanitised by the deck compiler before it gets here.
    section.innerHTML = slide.html + (slide.notesHtml ? `<aside class="notes">${slide.notesHtml}</aside>` : '')
    highlightCode(deck, section)
  }
  // Only the changed slides are brought back in step: a full sync(), or slide() (which re-lays out
  // every slide), would redo all of a long deck on each keystroke.
  const current = deck.getCurrentSlide()
  for (const index of changed) if (sections[index]) deck.syncSlide(sections[index])
  // The current slide's new elements start with no fragment shown: show the ones that were.
  if (changed.some((index) => sections[index] === current)) deck.navigateFragment(at.f)
  return changed
}
