import { describe, expect, it } from 'vitest'
import {
  PAGE_MARGIN, PER_PAGE, PRINT_LAYOUTS, PRINT_SIZES, defaultPrintSize, isHandout, isSlidePage, pageGeometryCss, perPageLayout, printPageSize,
} from '../../../../../renderer/core/print/page-geometry'

describe('printPageSize', () => {
  it('gives every size a landscape page for slides and a portrait page for every handout layout', () => {
    for (const size of PRINT_SIZES) {
      const slides = printPageSize('slides', size)
      expect(slides.w).toBeGreaterThan(slides.h)
      for (const layout of PRINT_LAYOUTS.filter(isHandout)) {
        const handout = printPageSize(layout, size)
        expect([handout.w, handout.h]).toEqual([slides.h, slides.w])
      }
    }
    expect(PRINT_LAYOUTS).toEqual(['slides', 'handout', 'per-page-2', 'per-page-3', 'per-page-6'])
  })

  it('names a slides-only handout by its slides a page, and puts every handout on A4 unless asked', () => {
    expect(PER_PAGE.map(perPageLayout)).toEqual(['per-page-2', 'per-page-3', 'per-page-6'])
    expect(PRINT_LAYOUTS.map(defaultPrintSize)).toEqual(['16:9', 'a4', 'a4', 'a4', 'a4'])
  })

  it('prints 16:9 at the slide size and A4 / Letter at their paper sizes', () => {
    expect(printPageSize('slides', '16:9')).toEqual({ w: 1280, h: 720, css: '1280px 720px' })
    expect(printPageSize('slides', 'a4').css).toBe('297mm 210mm')
    expect(printPageSize('handout', 'letter')).toEqual({ w: 816, h: 1056, css: '8.5in 11in' })
  })

  it('knows a page that is exactly one slide', () => {
    expect([isSlidePage(printPageSize('slides', '16:9')), isSlidePage(printPageSize('slides', 'a4'))]).toEqual([true, false])
  })
})

describe('pageGeometryCss', () => {
  it('sets the @page size and the page geometry print.css reads', () => {
    const css = pageGeometryCss(printPageSize('handout', 'a4'))
    expect(css).toContain('@page { size: 210mm 297mm; margin: 0 }')
    expect(css).toContain(`--bd-page-w: 793.70px; --bd-page-h: 1122.52px; --bd-margin: ${PAGE_MARGIN.toFixed(2)}px; --bd-slide-ratio: 0.5625`)
  })
})
