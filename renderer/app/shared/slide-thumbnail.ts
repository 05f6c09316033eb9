import type { SlideView } from '../../core/api/contract'
import { SLIDE_HEIGHT, SLIDE_WIDTH, type StaticSlideOptions, renderStaticSlide } from '../../core/slide/static-slide'
import { fitSection, wantsFit } from '../../page/fit-slide'
import { installFonts, staticSlideCss } from './deck-css'

const HOST_CSS = `:host { display: block; position: relative; overflow: hidden; aspect-ratio: ${SLIDE_WIDTH} / ${SLIDE_HEIGHT}; background: var(--r-background-color, #fff) }
.bd-frame { position: absolute; left: 0; top: 0; transform-origin: 0 0 }`

/**
 * A still picture of one slide, drawn as a printed page draws it (renderStaticSlide, no reveal.js
 * instance), scaled to its box. Its own shadow root keeps the deck's theme from styling anything
 * else. Cheap enough for a library of decks or a grid of hundreds of slides.
 */
export function slideThumbnail(slide: SlideView, css: string, options: Pick<StaticSlideOptions, 'center' | 'scope' | 'html'>): HTMLElement {
  installFonts(css)
  const host = document.createElement('div')
  host.className = 'bd-thumbnail'
  host.dataset.bdIndex = String(slide.index)
  const root = host.attachShadow({ mode: 'open' })
  // The slide HTML was sanitised by the deck compiler; it may format but never run script.
  root.innerHTML = `<style>${HOST_CSS}\n${staticSlideCss(css)}</style>${renderStaticSlide(slide, options)}`
  const frame = root.querySelector('.bd-frame') as HTMLElement
  const section = frame.querySelector<HTMLElement>('.slides > section')
  let fitted = false
  new ResizeObserver(() => {
    frame.style.transform = `scale(${host.clientWidth / SLIDE_WIDTH})`
    // A slide that shrinks to fit in the room shrinks here too, once it is laid out.
    if (!fitted && section && host.clientWidth > 0 && wantsFit(section)) {
      fitted = true
      fitSection(section, SLIDE_HEIGHT)
    }
  }).observe(host)
  return host
}
