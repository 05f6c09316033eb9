/**
 * The one measurement of a slide against the room it has, used wherever a slide is drawn: reveal.js
 * in the app and in built pages, print documents (export), the measuring page `build` loads, and the
 * editor. Runs in the page, on the real rendering: fonts, images and the theme decide the height.
 */

/**
 * The smallest scale `fit: shrink` goes to. At 60 % the theme's body text is still about 20 px on a
 * 1280 × 720 slide, readable from the back of a room; below that a slide needs cutting, not shrinking.
 */
export const MIN_FIT_SCALE = 0.6

/** The space kept between a slide's content and its footnote area, in CSS pixels. */
const FOOTNOTES_GAP = 12

/** How far a slide's content runs past its height before it counts as overflowing (rounding). */
const TOLERANCE = 1.01

/** A slide's content height against its room, and the scale `fit: shrink` drew it at (1: as written). */
export interface SlideFit {
  /** Content height / room height: above 1 it overflows. */
  ratio: number
  scale: number
  /** Whether it fits now, after any shrinking. */
  fits: boolean
}

/** Whether a slide asks to be shrunk to fit: `<!-- .slide: data-fit -->`, or every slide of a deck with `fit: shrink`. */
export function wantsFit(section: Element): boolean {
  return section.hasAttribute('data-fit') && section.getAttribute('data-fit') !== 'none'
}

/**
 * Measures a section (displayed, at its real width) against `room` pixels of height and, when it
 * asks for it and overflows, shrinks its content (all but a leading title) with CSS `zoom` on each child, as much as needed and
 * never below MIN_FIT_SCALE. `zoom` (not a transform) lays the content out again at the smaller
 * size, so lines rewrap into the width they gain, and reveal.js's own transforms stay untouched.
 */
export function fitSection(section: HTMLElement, whole: number): SlideFit {
  // A slide's footnote area sits at its foot: the content's room is what it leaves, and the content is
  // measured without it (the theme stretches such a slide to the slide's height, which is not content).
  const footnotes = section.querySelector<HTMLElement>(':scope > .bd-footnotes')
  // The area's top, while the theme stretches the slide to its height, is where the content must end.
  const room = footnotes ? Math.min(whole, footnotes.offsetTop) - FOOTNOTES_GAP : whole
  if (footnotes) {
    footnotes.style.display = 'none'
    // Important, as the theme's rule that stretches the slide is.
    section.style.setProperty('min-height', '0', 'important')
  }
  try {
    return fitContent(section, room, footnotes)
  } finally {
    if (footnotes) {
      footnotes.style.display = ''
      section.style.removeProperty('min-height')
    }
  }
}

function fitContent(section: HTMLElement, room: number, footnotes: HTMLElement | null): SlideFit {
  // The slide's title keeps its size and place, as PowerPoint's autofit shrinks the body only.
  const children = [...section.children].filter((child, i): child is HTMLElement => child instanceof HTMLElement && child !== footnotes && !(i === 0 && /^H[1-3]$/.test(child.tagName)))
  const zoomTo = (scale: number): void => {
    for (const child of children) child.style.zoom = scale === 1 ? '' : String(scale)
  }
  const fitsAt = (scale: number): boolean => {
    zoomTo(scale)
    return section.scrollHeight <= room * TOLERANCE
  }
  zoomTo(1)
  const ratio = section.scrollHeight / room
  if (ratio <= TOLERANCE || !wantsFit(section)) return { ratio, scale: 1, fits: ratio <= TOLERANCE }
  if (!fitsAt(MIN_FIT_SCALE)) return { ratio, scale: MIN_FIT_SCALE, fits: false }
  // The largest scale that fits: a few layouts, not one per step.
  let low = MIN_FIT_SCALE
  let high = 1
  for (let i = 0; i < 7 && high - low > 0.005; i++) {
    const middle = (low + high) / 2
    if (fitsAt(middle)) low = middle
    else high = middle
  }
  zoomTo(low)
  return { ratio, scale: Math.floor(low * 1000) / 1000, fits: true }
}

/**
 * Fits every slide of a reveal.js deck that asks for it. reveal.js shows only the slides near the
 * current one; each is displayed for the moment it is measured, at the deck's own width.
 */
export function fitRevealSlides(slides: HTMLElement, room: number): void {
  for (const section of slides.querySelectorAll<HTMLElement>('section')) {
    if (!wantsFit(section) || section.querySelector('section')) continue
    const display = section.style.display
    section.style.display = 'block'
    fitSection(section, room)
    section.style.display = display
  }
}
