import { describe, expect, it } from 'vitest'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'
import { MAX_NOTES, MAX_UNKNOWN_REPORTED } from '../../../../../renderer/core/sources/slide-notes'

const FRONT = '---\nsources:\n  - id: fp\n    outlet: Firstpost\n    title: On the visit\n  - id: mof\n    outlet: Ministry of Finance\n---\n'

describe('footnotes and citations on a slide', () => {
  it('turns footnotes into superscript numbers and a footnote area at the foot of their slide, numbered per slide', () => {
    const { deck } = parseDeck('# One\n\nTrade[^a] grew[^b].\n\n[^a]: First note.\n[^b]: Second note.\n\n---\n\n# Two\n\nAgain[^x].\n\n[^x]: Another.\n')
    const [one, two] = deck.slides
    expect(one.html).toContain('Trade<sup class="bd-note-ref">1</sup> grew<sup class="bd-note-ref">2</sup>.')
    expect(one.html).toMatch(/<footer class="bd-footnotes"[^>]*><ol><li value="1">First note\.<\/li><li value="2">Second note\.<\/li><\/ol><\/footer>$/)
    expect(two.html).toContain('Again<sup class="bd-note-ref">1</sup>')
    // No links: on a slide `#footnote-1` would move reveal.js to whichever slide has that id.
    expect(one.html).not.toContain('href')
    expect(one.title).toBe('One')
  })

  it('numbers citations with the footnotes, and puts the full reference with its locator in the footnote area and in the notes', () => {
    const { deck, diagnostics } = parseDeck(`${FRONT}\n## Trade [@fp]\n\n$12.5 bn[^d] in FY24 [@fp, p. 3].\n\n[^d]: A deficit.\n\nNote: As the source says [@mof].\n`)
    const slide = deck.slides[0]
    expect(diagnostics).toEqual([])
    expect(slide.title).toBe('Trade')
    expect(slide.html).toContain('$12.5 bn<sup class="bd-note-ref">2</sup> in FY24<sup class="bd-note-ref">3</sup>.')
    expect(slide.html).toContain('<li value="1"><em>On the visit</em>, <strong>Firstpost</strong>.</li><li value="2">A deficit.</li><li value="3"><em>On the visit</em>, <strong>Firstpost</strong>, p. 3.</li>')
    expect(slide.citations).toEqual([{ id: 'fp', where: 'slide', number: 1 }, { id: 'fp', locator: 'p. 3', where: 'slide', number: 3 }, { id: 'mof', where: 'notes' }])
    expect(slide.notesHtml).toContain('As the source says <cite>(Ministry of Finance)</cite>.')
    expect(slide.notesHtml).toContain('<li value="3"><em>On the visit</em>, <strong>Firstpost</strong>, p. 3.</li>')
  })

  it('reports an unknown id as an error at its line, naming the declared ids, and leaves the text as written', () => {
    const { deck, diagnostics } = parseDeck(`${FRONT}\n## Trade\n\n- fine [@fp]\n- typo [@fpp, p. 2]\n`)
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([{ code: 'E_UNKNOWN_SOURCE', severity: 'error', file: 'deck.md', line: 13, message: 'unknown source `@fpp`; declared: fp, mof' }])
    expect(deck.slides[0].html).toContain('<cite>[@fpp, p. 2]</cite>')
  })

  it('reports a declared source that no slide cites as an info at the sources line', () => {
    const { diagnostics } = parseDeck(`${FRONT}\n## Trade [@fp]\n`)
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'W_UNUSED_SOURCE', severity: 'info', line: 2, message: expect.stringContaining('`mof`') })])
  })

  it('numbers after the audience cut: a block for another audience leaves no number, note or citation', () => {
    const text = `${FRONT}audiences: [principal, public]\n---\n\n## Trade\n\n- for all [@mof]\n- principal only [@fp]\n<!-- .element: data-audience="principal" -->\n`.replace('---\naudiences', 'audiences')
    const publicCut = parseDeck(text, { variant: { audience: 'public', notes: true, backup: true } }).deck.slides[0]
    expect(publicCut.citations.map((c) => c.id)).toEqual(['mof'])
    expect(publicCut.html).not.toContain('Firstpost')
    const principal = parseDeck(text, { variant: { audience: 'principal', notes: true, backup: true } }).deck.slides[0]
    expect(principal.citations.map((c) => c.id)).toEqual(['mof', 'fp'])
  })

  it('keeps hostile ids and locators as text: escaped, never markup, never a property of an object', () => {
    const { deck, diagnostics } = parseDeck(`${FRONT}\n## T\n\n- [@fp, <img src=x onerror=alert(1)>] [@constructor] [@${'a'.repeat(400)}] [@fp" onmouseover="x]\n`)
    const html = deck.slides[0].html
    expect(html).toContain('<li value="1"><em>On the visit</em>, <strong>Firstpost</strong>, &lt;img src=x onerror=alert(1)&gt;.</li>')
    expect(html).not.toMatch(/<img|onmouseover="x"|onerror=alert\(1\)>/)
    // An id no source declares, even one every object has, is an unknown id; 400 characters is no citation at all.
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual(['unknown source `@constructor`; declared: fp, mof'])
  })

  it('bounds a slide with huge numbers of notes and unknown ids: MAX_NOTES listed, the rest counted, errors counted past a few', () => {
    const refs = Array.from({ length: 300 }, (_, i) => `w[^n${i}]`).join(' ')
    const defs = Array.from({ length: 300 }, (_, i) => `[^n${i}]: note ${i}`).join('\n')
    const unknown = Array.from({ length: 500 }, (_, i) => `[@nope${i}]`).join(' ')
    const { deck, diagnostics } = parseDeck(`${FRONT}\n## Many\n\n${refs} ${unknown}\n\n${defs}\n`)
    const html = deck.slides[0].html
    expect(html.match(/<li value=/g)).toHaveLength(MAX_NOTES)
    expect(html).toContain(`<li class="bd-footnotes-more">and ${300 - MAX_NOTES} more notes, not shown</li>`)
    expect(html).toContain('w<sup class="bd-note-ref">300</sup>')
    const errors = diagnostics.filter((d) => d.code === 'E_UNKNOWN_SOURCE')
    expect(errors).toHaveLength(MAX_UNKNOWN_REPORTED + 1)
    expect(errors.at(-1)).toMatchObject({ line: 12, message: `and ${500 - MAX_UNKNOWN_REPORTED} more citations of undeclared sources here` })
  })

  it('writes a footnote\'s own citations short, counts them as the slide\'s, and reports unknown ones at the definition\'s line', () => {
    const { deck, diagnostics } = parseDeck(`${FRONT}\n## T\n\nFigures[^a] and more[^b].\n\n[^a]: As [@mof, p. 2] puts it.\n[^b]: See [@nope].\n`)
    const slide = deck.slides[0]
    expect(slide.html).toContain('<li value="1">As <cite>(Ministry of Finance, p. 2)</cite> puts it.</li><li value="2">See <cite>[@nope]</cite>.</li>')
    expect(slide.citations).toEqual([{ id: 'mof', locator: 'p. 2', where: 'footnote' }])
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([expect.objectContaining({ code: 'E_UNKNOWN_SOURCE', line: 15 })])
  })
})
