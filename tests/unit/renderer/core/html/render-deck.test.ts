import { describe, expect, it } from 'vitest'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'
import { contentSecurityPolicy } from '../../../../../renderer/core/html/csp'
import { renderDeck, renderSlides, toRevealConfig } from '../../../../../renderer/core/html/render-deck'

const runtime = { styles: ['.reveal{}'], scripts: [{ code: 'Reveal.initialize()', sha256: 'abc=' }] }

describe('renderDeck', () => {
  it('nests vertical slides in a stack and keeps each slide’s attributes and source lines', () => {
    const { deck } = parseDeck('# A\n--\n<!-- .slide: data-state="s" -->\n# A2\n---\n# B')
    const html = renderSlides(deck)
    expect(html).toMatch(/^<section>\n<section data-bd-index="0" data-bd-lines="1-1">[\s\S]*<section data-state="s" data-bd-index="1" data-bd-lines="3-4">[\s\S]*<\/section>\n<\/section>\n<section data-bd-index="2"/)
  })

  it('puts notes in <aside class="notes"> inside their slide', () => {
    const { deck } = parseDeck('# A\nNote: say hi')
    expect(renderSlides(deck)).toContain('<aside class="notes"><p>say hi</p></aside>\n</section>')
  })

  it('allows only the runtime’s scripts, by hash, and no network in its CSP', () => {
    const { deck } = parseDeck('# A')
    const page = renderDeck(deck, runtime)
    expect(page).toContain(`content="${contentSecurityPolicy({ scripts: ['abc='] }).replace(/'/g, '&#39;')}"`)
    const csp = contentSecurityPolicy({ scripts: ['abc='] })
    expect(csp).toContain("script-src 'sha256-abc='")
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("connect-src 'none'")
    expect(csp).not.toContain('unsafe-inline\'; script')
    expect(csp).not.toMatch(/script-src[^;]*unsafe/)
  })

  it('escapes the title and keeps the deck config from closing its script element', () => {
    const { deck } = parseDeck('---\ntitle: "</title><script>x</script>"\nrevealOptions:\n  transition: "</script><script>alert(1)//"\n---\n# A')
    const page = renderDeck(deck, runtime)
    expect(page).toContain('<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>')
    expect(page).not.toContain('</script><script>alert(1)')
  })

  it('gives the same bytes for the same input', () => {
    const source = '---\ntitle: T\n---\n# A\n\n- x <!-- .element: class="fragment" -->\n\nNote: n'
    expect(renderDeck(parseDeck(source).deck, runtime)).toBe(renderDeck(parseDeck(source).deck, runtime))
  })

  it('walks slides in reading order by default (→ goes down a stack), unless the deck asks for reveal.js’s grid', () => {
    expect(toRevealConfig(parseDeck('# A\n\n--\n\n# A.1').deck)).toMatchObject({ navigationMode: 'linear' })
    expect(toRevealConfig(parseDeck('---\nrevealOptions:\n  navigationMode: default\n---\n# A').deck)).toMatchObject({ navigationMode: 'default' })
  })

  it('lets revealOptions override Briefdeck’s defaults', () => {
    const { deck } = parseDeck('---\nrevealOptions:\n  transition: none\n  width: 960\n---\n# A')
    expect(toRevealConfig(deck)).toMatchObject({ transition: 'none', width: 960, height: 720, hash: true })
  })
})
