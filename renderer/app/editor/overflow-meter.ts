import type { SlideView } from '../../core/api/contract'
import type { MeasuredSlide } from '../../core/deck/overflow'
import { SLIDE_HEIGHT, SLIDE_WIDTH, renderStaticSlide } from '../../core/slide/static-slide'
import { fitSection } from '../../page/fit-slide'
import { staticSlideCss } from '../shared/deck-css'

/**
 * Which slides' content is taller than the slide, measured in a hidden, real rendering of each
 * slide's static frame (as print and thumbnails draw it) with the deck's theme, by the one
 * measurement build and export use (renderer/page/fit-slide.ts: a slide that shrinks to fit does
 * not overflow). A slide is measured again only when its
 * HTML or the deck's CSS changed, so a long deck costs one slide's layout per edit.
 */
export class OverflowMeter {
  private css = ''
  /** Each slide's measurement, or null when it fits. */
  private readonly known = new Map<string, Omit<MeasuredSlide, 'index'> | null>()

  /**
   * Measures at most `limit` of the slides not measured yet (a long deck's first measurement is
   * spread over several turns of the page), and gives the overflowing slides once every slide is
   * measured; null until then.
   */
  measure(slides: readonly SlideView[], css: string, scope: string, limit = Infinity): MeasuredSlide[] | null {
    if (css !== this.css) {
      this.css = css
      this.known.clear()
    }
    const keys = slides.map((slide) => `${scope}\u0000${JSON.stringify(slide.attributes)}\u0000${slide.html}`)
    const fresh = keys.flatMap((key, i) => (this.known.has(key) ? [] : [i]))
    const batch = fresh.slice(0, limit)
    const measured = measureFrames(batch.map((i) => slides[i]), css, scope)
    batch.forEach((i, n) => this.known.set(keys[i], measured[n]))
    if (batch.length < fresh.length) return null
    // Only this deck's slides are kept: the memo never outgrows the deck.
    const used = new Set(keys)
    for (const key of this.known.keys()) if (!used.has(key)) this.known.delete(key)
    return slides.flatMap((slide, i) => {
      const fit = this.known.get(keys[i])
      return fit ? [{ ...fit, index: slide.index }] : []
    })
  }
}

/** Each slide's measurement when it overflows (null when it fits), laid out together in one hidden shadow root. */
function measureFrames(slides: readonly SlideView[], css: string, scope: string): Array<Omit<MeasuredSlide, 'index'> | null> {
  if (slides.length === 0) return []
  const host = document.createElement('div')
  host.style.cssText = `position:absolute;left:-20000px;top:0;width:${SLIDE_WIDTH}px;visibility:hidden;pointer-events:none`
  const root = host.attachShadow({ mode: 'open' })
  // Top-aligned frames: only the content's height matters here.
  root.innerHTML = `<style>${staticSlideCss(css)}</style>${slides.map((slide) => renderStaticSlide(slide, { center: false, scope })).join('')}`
  document.body.append(host)
  try {
    return [...root.querySelectorAll<HTMLElement>('.slides > section')].map((section) => {
      const fit = fitSection(section, SLIDE_HEIGHT)
      return fit.fits ? null : { scope, ...fit }
    })
  } finally {
    host.remove()
  }
}
