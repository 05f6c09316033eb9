import { describe, expect, it } from 'vitest'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'
import { SOURCES_PER_SLIDE, sourcesAnnex } from '../../../../../renderer/core/sources/sources-annex'

const declare = (ids: string[]) => `---\nsources:\n${ids.map((id) => `  - id: ${id}\n    title: Title ${id}\n`).join('')}---\n`

describe('a generated Sources slide', () => {
  it('lists exactly the cited sources, in citation order, each with the slides citing it', () => {
    const { deck } = parseDeck(`${declare(['a', 'b', 'c'])}\n# One [@b]\n\n---\n\n# Two [@a] [@b]\n\n--\n\n# Two down [@a, p. 2]\n\n---\n\n## Sources\n\n<!-- sources -->\n`)
    const slide = deck.slides[3]
    expect(slide.attributes.class).toBe('bd-sources')
    expect(slide.text).toBe('Sources Title b. Cited on slides 1, 2. Title a. Cited on slides 2, 3.')
    expect(slide.html).not.toContain('Title c')
  })

  it('lists only what the audience cut keeps', () => {
    const text = `${declare(['a', 'b'])}\n# One [@a]\n\n---\n<!-- .slide: data-audience="principal" -->\n# Two [@b]\n\n---\n\n<!-- sources -->\n`
    const cut = parseDeck(text, { variant: { audience: 'public', notes: true, backup: true } }).deck
    expect(cut.slides.at(-1)?.text).toBe('Title a. Cited on slide 1.')
  })

  it('goes on in slides below it when the list is longer than a slide holds, numbering the slides after it anew', () => {
    const ids = Array.from({ length: SOURCES_PER_SLIDE + 2 }, (_, i) => `s${i}`)
    const { deck } = parseDeck(`${declare(ids)}\n# Cites ${ids.map((id) => `[@${id}]`).join(' ')}\n\n---\n\n## Sources\n\n<!-- sources -->\n\n---\n\n# After [@s0]\n`)
    expect(deck.slides.map((s) => [s.title, s.index, s.h, s.v])).toEqual([['Cites', 0, 0, 0], ['Sources', 1, 1, 0], ['Sources (continued)', 2, 1, 1], ['After', 3, 2, 0]])
    expect(deck.slides[1].text).toContain('Title s0. Cited on slides 1, 4.')
    expect(deck.slides[2].html).toContain(`<ol class="bd-sources-list" start="${SOURCES_PER_SLIDE + 1}">`)
  })

  it('says when nothing is cited', () => {
    expect(parseDeck('# Nothing\n\n---\n\n<!-- sources -->\n').deck.slides[1].text).toBe('No sources are cited.')
  })
})

describe('the Sources annex (export --sources-annex)', () => {
  it('is one annex for a book, each place named by its deck\'s number in the contents', () => {
    const one = parseDeck(`${declare(['a'])}\n# One [@a]\n`, { file: 'one.md' }).deck
    const two = parseDeck(`${declare(['a', 'b'])}\n# Two [@b]\n\n---\n\n# Three [@a]\n`, { file: 'two.md' }).deck
    const annex = sourcesAnnex([one, two])
    expect(annex?.title).toBe('Sources')
    expect(annex?.slides.map((s) => s.text)).toEqual(['Sources Title a. Cited in deck 1, slide 1; deck 2, slide 2. Title b. Cited in deck 2, slide 1.'])
    expect(annex?.scope).not.toBe(two.scope)
  })

  it('is nothing when nothing is cited', () => {
    expect(sourcesAnnex([parseDeck('# Plain').deck])).toBeNull()
  })

  it('carries the highest marking of the decks and their draft stamp, as every page of the document does', () => {
    const marked = parseDeck(`---\nmarking: SECRET\nstatus: draft\nsources:\n  - id: a\n---\n# One [@a]\n`).deck
    const plain = parseDeck(`${declare(['b'])}\n# Two [@b]\n`).deck
    const annex = sourcesAnnex([plain, marked])
    expect(annex?.marking?.text).toBe('SECRET')
    expect(annex?.slides[0].attributes).toMatchObject({ 'data-bd-marking': 'SECRET', 'data-bd-draft': 'DRAFT' })
    expect(sourcesAnnex([plain])?.slides[0].attributes).toEqual({ class: 'bd-sources' })
  })
})
