import { describe, expect, it } from 'vitest'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'
import { printPageSize } from '../../../../../renderer/core/print/page-geometry'
import { slidePages } from '../../../../../renderer/core/print/slide-pages'

const deck = (source: string) => parseDeck(source, { file: 'd.md' }).deck
const wide = printPageSize('slides', '16:9')

describe('slidePages', () => {
  it('prints one page per slide, with the deck title in the footer over the slide', () => {
    const pages = slidePages(deck('---\ntitle: T\n---\n# A\n---\n# B\n--\n# C'), wide, { fragments: false })
    expect(pages).toHaveLength(3)
    expect(pages[2].html).toContain('<footer class="bd-footer bd-footer-over"><span>T</span><span class="bd-footer-stamp"><!--bd-stamp--></span><span><!--bd-page--></span></footer>')
    expect(pages[0].html).toContain('<div class="bd-place" style="left:0.00px;top:0.00px;transform:scale(1.00000)"><div class="bd-frame bd-deck-')
  })

  it('marks the deck’s first page as its chapter, and each slide’s page with its title', () => {
    const pages = slidePages(deck('---\ntitle: T\n---\n# A\n---\nno heading'), wide, { fragments: false })
    expect(pages.map((p) => p.marks)).toEqual([
      [{ level: 'chapter', title: 'T' }, { level: 'slide', title: 'A' }], [{ level: 'slide', title: 'Slide 2' }],
    ])
  })

  it('shows fragments in their final state, or one page per step in reveal.js’s order', () => {
    const d = deck('- a <!-- .element: class="fragment" -->\n- b <!-- .element: class="fragment" data-fragment-index="0" -->\n- c\n---\n# plain')
    const final = slidePages(d, wide, { fragments: false })
    expect(final).toHaveLength(2)
    expect(final.map((p) => p.html).join('')).not.toContain('bd-fragment-hidden')
    const steps = slidePages(d, wide, { fragments: true })
    expect(steps).toHaveLength(4)
    // The numbered fragment (b) comes first, then the unnumbered one (a); only a step's first page is bookmarked.
    expect(steps[1].html).toMatch(/<li class="fragment bd-fragment-hidden">a/)
    expect(steps[1].html).toMatch(/<li class="fragment" data-fragment-index="0">b|<li data-fragment-index="0" class="fragment">b/)
    expect(steps[1].marks).toEqual([])
  })

  it('fits a slide on an A4 or Letter landscape page with margins and a footer under it', () => {
    const [page] = slidePages(deck('# A'), printPageSize('slides', 'a4'), { fragments: false })
    expect(page.html).toMatch(/transform:scale\(0\.8\d+\)/)
    expect(page.html).toContain('<footer class="bd-footer"><span>')
  })

  it('centres slides unless the deck turns reveal.js’s center option off', () => {
    expect(slidePages(deck('# A'), wide, { fragments: false })[0].html).toContain('data-bd-center="true"')
    expect(slidePages(deck('---\nrevealOptions:\n  center: false\n---\n# A'), wide, { fragments: false })[0].html).toContain('data-bd-center="false"')
  })

  it('highlights code through the port, since no plugin runs in print', () => {
    const [page] = slidePages(deck('```js\nconst a = 1\n```'), wide, {
      fragments: false, highlight: (code, lang) => `<span class="hljs-keyword">${lang}</span>${code.length}`,
    })
    expect(page.html).toContain('<code class="language-js hljs"><span class="hljs-keyword">js</span>11</code>')
  })
})
