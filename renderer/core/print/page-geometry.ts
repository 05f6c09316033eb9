import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../slide/static-slide'

/** The page sizes an export offers, in the order the UI lists them. */
export const PRINT_SIZES = ['16:9', 'a4', 'letter'] as const
/** Page size: the deck's own 16:9, or A4 / US Letter (landscape for slides, portrait for handouts). */
export type PrintSize = typeof PRINT_SIZES[number]

/** How many slides a page of a slides-only handout holds: PowerPoint's handout layouts people print. */
export const PER_PAGE = [2, 3, 6] as const
export type PerPage = typeof PER_PAGE[number]

/**
 * The page layouts an export offers. `slides`: one slide per page. The others are handouts, on
 * portrait pages: `handout` has each slide over its speaker notes; `per-page-N` has N slides a page
 * and no notes (`per-page-3` with ruled lines beside each slide for the reader's own notes).
 */
export const PRINT_LAYOUTS = ['slides', 'handout', 'per-page-2', 'per-page-3', 'per-page-6'] as const
export type PrintLayout = typeof PRINT_LAYOUTS[number]
/** Every layout but `slides`: the portrait pages. */
export type HandoutLayout = Exclude<PrintLayout, 'slides'>

/** The slides-only handout of `n` slides a page. */
export function perPageLayout(n: PerPage): HandoutLayout {
  return `per-page-${n}`
}

/** Whether a layout is a handout: portrait pages on paper, never 16:9. */
export function isHandout(layout: PrintLayout): layout is HandoutLayout {
  return layout !== 'slides'
}

/** The page size a layout gets when none is asked for: slides at their own 16:9, handouts on A4. */
export function defaultPrintSize(layout: PrintLayout): PrintSize {
  return isHandout(layout) ? 'a4' : '16:9'
}

/** A print page: its size in CSS pixels, and the same size as an @page `size` value. */
export interface PageBox {
  w: number
  h: number
  css: string
}

const MM = 96 / 25.4
const LANDSCAPE: Record<PrintSize, PageBox> = {
  '16:9': { w: SLIDE_WIDTH, h: SLIDE_HEIGHT, css: `${SLIDE_WIDTH}px ${SLIDE_HEIGHT}px` },
  a4: { w: 297 * MM, h: 210 * MM, css: '297mm 210mm' },
  letter: { w: 11 * 96, h: 8.5 * 96, css: '11in 8.5in' },
}
/** The margin around a page's content, in CSS pixels. */
export const PAGE_MARGIN = 12 * MM
/** Room for the footer under a slide on a page with margins. */
export const FOOTER_HEIGHT = 9 * MM

/** A print page's size in CSS pixels, and as an @page size: landscape for slides, portrait for handouts. */
export function printPageSize(layout: PrintLayout, size: PrintSize): PageBox {
  const landscape = LANDSCAPE[size]
  return isHandout(layout) ? { w: landscape.h, h: landscape.w, css: landscape.css.split(' ').reverse().join(' ') } : landscape
}

/** Whether a page is exactly one slide: the slide fills it, with no margins. */
export function isSlidePage(page: PageBox): boolean {
  return page.w === SLIDE_WIDTH && page.h === SLIDE_HEIGHT
}

/** The generated part of the print CSS: the @page size, and the geometry assets/styles/print.css reads. */
export function pageGeometryCss(page: PageBox): string {
  return `@page { size: ${page.css}; margin: 0 }\n` +
    `:root { --bd-page-w: ${px(page.w)}; --bd-page-h: ${px(page.h)}; --bd-margin: ${px(PAGE_MARGIN)}; --bd-slide-ratio: ${SLIDE_HEIGHT / SLIDE_WIDTH} }`
}

/** A length in CSS pixels, to a hundredth. */
export function px(n: number): string {
  return `${n.toFixed(2)}px`
}
