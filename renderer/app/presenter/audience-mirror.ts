import type { DeckSnapshot, PresentationState } from '../../core/api/contract'
import { toPrintSlide } from '../../core/print/print-slide'
import { h } from '../shared/dom'
import { slideThumbnail } from '../shared/slide-thumbnail'

/**
 * "The audience sees": a still of the room's slide, at the room's fragment step, under its black or
 * white screen, whenever the room does not see what the presenter does (frozen elsewhere, or a
 * black or white screen).
 */
export function audienceMirror() {
  const element = h('div', { class: 'bd-mirror', hidden: true })
  return {
    element,
    /** `audienceSlide` is the room's slide in reading order. */
    show(state: PresentationState, deck: DeckSnapshot, audienceSlide: number): void {
      const { audience, presenter } = state
      const away = state.frozen && (audience.h !== presenter.h || audience.v !== presenter.v || audience.f !== presenter.f)
      element.hidden = !away && state.screen === 'slides'
      if (element.hidden) return
      const slide = deck.slides[audienceSlide]
      element.dataset.screen = state.screen
      // Fragments in reveal.js's steps, as print draws them: the room has seen f + 1 of them.
      const html = slide ? toPrintSlide(slide.html).htmlAt(audience.f + 1) : ''
      element.replaceChildren(h('span', { class: 'bd-mirror-label' }, 'The audience sees'),
        slide ? slideThumbnail(slide, deck.css, { center: deck.config.center !== false, scope: deck.scope, html }) : h('span', {}, '—'))
    },
  }
}
