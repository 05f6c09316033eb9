import type { SlideView } from '../../core/api/contract'
import type { MeasuredSlide } from '../../core/deck/overflow'
import { SLIDE_HEIGHT, SLIDE_WIDTH, renderStaticSlide } from '../../core/slide/static-slide'
import { fitSection } from '../../page/fit-slide'
import { staticSlideCss } from '../shared/deck-css'

/**
 * The slides whose content is taller than the slide, measured in a hidden, real rendering of each
 * slide's static frame (as print and thumbnails draw it) with the deck's theme: reveal.js scales
 * slides, so the height at SLIDE_WIDTH is the true test.
 */
export function measureOverflow(slides: readonly SlideView[], css: string, scope: string): MeasuredSlide[] {
  const host = document.createElement('div')
  host.style.cssText = `position:absolute;left:-20000px;top:0;width:${SLIDE_WIDTH}px;visibility:hidden;pointer-events:none`
  const root = host.attachShadow({ mode: 'open' })
  // Top-aligned frames: only the content's height matters here.
  root.innerHTML = `<style>${staticSlideCss(css)}</style>${slides.map((slide) => renderStaticSlide(slide, { center: false, scope })).join('')}`
  document.body.append(host)
  try {
    const sections = [...root.querySelectorAll<HTMLElement>('.slides > section')]
    // The one measurement (renderer/page/fit-slide.ts): a slide that shrinks to fit does not overflow.
    return sections.flatMap((section, i) => {
      const fit = fitSection(section, SLIDE_HEIGHT)
      return fit.fits ? [] : [{ scope, index: slides[i].index, ...fit }]
    })
  } finally {
    host.remove()
  }
}
