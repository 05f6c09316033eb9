import { describe, expect, it } from 'vitest'
import { SLICE_PAGES, WARM_SLICE_PAGES, planSlices, slicePages } from '../../../../../electron/node/export/slice-plan'

/** A print plan of `count` pages; a slice's document is its pages between markers, so a test can read them back. */
function plan(pages: string[]) {
  return { pages, documentOf: (body: readonly string[]) => `<body>${body.join('|')}</body>` }
}
const pagesOf = (count: number) => Array.from({ length: count }, (_, i) => `<div class="bd-page">p${i + 1}</div>`)

describe('planSlices: cutting a print document into slices', () => {
  it('cuts into runs as even as can be, each at most the size, covering every page once in order', () => {
    const slices = planSlices(plan(pagesOf(250)), 100)
    expect(slices.map((s) => [s.from, s.to])).toEqual([[0, 83], [83, 167], [167, 250]])
    const printed = slices.flatMap((s) => /<body>(.*)<\/body>/.exec(s.html)?.[1].split('|') ?? [])
    expect(printed).toEqual(pagesOf(250))
  })

  it('keeps a short document, or any document with size 0, in one piece: the whole document as it is', () => {
    const short = plan(pagesOf(60))
    expect(planSlices(short, 100)).toEqual([{ from: 0, to: 60, html: short.documentOf(short.pages), stubs: new Set() }])
    expect(planSlices(plan(pagesOf(1000)), 0)).toHaveLength(1)
  })

  it('cuts by the document alone: the same pages give the same slices', () => {
    expect(planSlices(plan(pagesOf(300)), 40)).toEqual(planSlices(plan(pagesOf(300)), 40))
  })

  it('lets a link reach an element in another slice: a stand-in target here, a link to the element there', () => {
    const pages = pagesOf(4)
    pages[0] = '<div class="bd-page"><a href="#end">to the end</a><h2 id="start">Start</h2></div>'
    pages[3] = '<div class="bd-page"><h2 id="end">End</h2><a href="#start">back</a><a href="#missing">nowhere</a></div>'
    const [first, second] = planSlices(plan(pages), 2)
    // The first slice stands in for #end, and links to its own #start so that the browser names it.
    expect(first.html).toContain('<a id="end"></a>')
    expect(first.html).toContain('<a href="#start" tabindex="-1"></a>')
    expect(first.stubs).toEqual(new Set(['end']))
    expect(second.html).toContain('<a id="start"></a>')
    expect(second.html).toContain('<a href="#end" tabindex="-1"></a>')
    expect(second.stubs).toEqual(new Set(['start']))
    // A link to nothing anywhere stays a link to nothing, as in one document.
    expect(second.html).not.toContain('id="missing"')
  })

  it('names stand-ins as the browser reads the attribute (the PDF names destinations so)', () => {
    const pages = ['<div class="bd-page"><a href="#q&amp;a">Q&amp;A</a></div>', '<div class="bd-page"><h2 id="q&amp;a">Q&amp;A</h2></div>']
    expect(planSlices(plan(pages), 1)[0].stubs).toEqual(new Set(['q&a']))
  })
})

describe('slicePages: the slice size in effect', () => {
  it('is BRIEFDECK_SLICE_PAGES when it is a whole number, else the default (smaller for a warm export, which reprints a slice per edit)', () => {
    expect(slicePages({})).toBe(SLICE_PAGES)
    expect(slicePages({}, true)).toBe(WARM_SLICE_PAGES)
    expect(WARM_SLICE_PAGES).toBeLessThan(SLICE_PAGES)
    expect(slicePages({ BRIEFDECK_SLICE_PAGES: '30' }, true)).toBe(30)
    expect(slicePages({ BRIEFDECK_SLICE_PAGES: '0' })).toBe(0)
    expect(slicePages({ BRIEFDECK_SLICE_PAGES: '25' })).toBe(25)
    expect(slicePages({ BRIEFDECK_SLICE_PAGES: 'lots' })).toBe(SLICE_PAGES)
  })
})
