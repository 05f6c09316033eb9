import { describe, expect, it } from 'vitest'
import { describeRemovals } from '../../../../../renderer/core/brief/variant'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'

const DECK = [
  '---', 'marking: INTERNAL', 'audiences: [principal, public]', '---', '', '# Opening', '', 'Note: opening notes', '',
  '---', '', '<!-- .slide: data-audience="principal" -->', '## Principal only', '', 'eyes only', '',
  '---', '', '## Mixed', '', 'For all.', '', 'Only the principal. <!-- .element: data-audience="principal" -->', '',
  '<!-- .slide: data-marking="CONFIDENTIAL" -->', '',
  '---', '', '<!-- .slide: data-backup -->', '## Spare', '', '---', '', '## Last', '',
].join('\n')

describe('markings on slides', () => {
  it('gives each slide the highest of its own (or the deck’s) and its blocks’, and the deck the highest of all', () => {
    const { deck, diagnostics } = parseDeck(DECK, { file: 'd.md' })
    expect(diagnostics).toEqual([])
    expect(deck.slides.map((s) => s.marking?.text)).toEqual(['INTERNAL', 'INTERNAL', 'CONFIDENTIAL', 'INTERNAL', 'INTERNAL'])
    expect(deck.marking?.text).toBe('CONFIDENTIAL')
    expect(deck.slides[2].attributes).toMatchObject({ 'data-bd-marking': 'CONFIDENTIAL', 'data-bd-marking-rank': '2' })
  })

  it('reports an unknown level at its line, a bad scheme at its key, and an unmarked slide when markings are required', () => {
    const unknown = parseDeck('# A\n\nText <!-- .element: data-marking="SECRET" -->', { file: 'd.md' }).diagnostics
    expect(unknown).toEqual([expect.objectContaining({ code: 'E_MARKING', line: 3, message: expect.stringContaining('PUBLIC < INTERNAL < CONFIDENTIAL < RESTRICTED') })])
    expect(parseDeck('---\nmarkingScheme: nato\n---\n# A', { file: 'd.md' }).diagnostics).toEqual([expect.objectContaining({ code: 'E_MARKING', line: 2 })])
    const required = parseDeck('# A\n\n---\n\n<!-- .slide: data-marking="PUBLIC" -->\n## B', { file: 'd.md', variant: { notes: true, backup: true, requireMarkings: true } }).diagnostics
    expect(required.map((d) => [d.code, d.line])).toEqual([['E_MARKING', 1]])
  })

  it('finds the scheme the deck’s own marking belongs to', () => {
    expect(parseDeck('---\nmarking: TLP:AMBER\n---\n# A').deck.marking).toMatchObject({ text: 'TLP:AMBER', background: '#000000' })
    expect(parseDeck('---\nmarking: SECRET//NOFORN\n---\n# A').deck.marking?.text).toBe('SECRET//NOFORN')
  })

  it('takes the folder’s settings where the deck says nothing', () => {
    const { deck } = parseDeck('# A', { defaults: { marking: 'RESTRICTED', status: 'draft' } })
    expect(deck.slides[0].attributes).toMatchObject({ 'data-bd-marking': 'RESTRICTED', 'data-bd-draft': 'DRAFT' })
    expect(parseDeck('---\nmarking: PUBLIC\n---\n# A', { defaults: { marking: 'RESTRICTED' } }).deck.marking?.text).toBe('PUBLIC')
  })
})

describe('audience variants', () => {
  it('leaves slides and blocks for other audiences and notes out of the compiled deck, and lists each removal with its line', () => {
    const { deck, removals } = parseDeck(DECK, { file: 'd.md', variant: { audience: 'public', notes: false, backup: true } })
    const everything = JSON.stringify(deck)
    for (const gone of ['eyes only', 'Only the principal', 'opening notes', 'data-audience']) expect(everything).not.toContain(gone)
    expect(deck.slides.map((s) => s.title)).toEqual(['Opening', 'Mixed', 'Last', 'Spare'])
    expect(removals.map((r) => [r.kind, r.line])).toEqual([['notes', 8], ['slide', 11], ['block', 23]])
    expect(describeRemovals(removals)).toBe('removed 1 slide, 1 block, notes from 1 slide')
  })

  it('keeps everything for the whole deck, and content for the audience named (any case, one of several)', () => {
    expect(parseDeck(DECK).deck.slides).toHaveLength(5)
    const principal = parseDeck(DECK, { variant: { audience: 'PRINCIPAL', notes: true, backup: true } })
    expect(principal.removals).toEqual([])
    expect(parseDeck('<!-- .slide: data-audience="public, principal" -->\n# A', { variant: { audience: 'public', notes: true, backup: true } }).deck.slides).toHaveLength(1)
  })

  it('warns of an audience name the deck did not declare, on a block or a slide', () => {
    const { diagnostics } = parseDeck('---\naudiences: [principal]\n---\n# A\n\nX <!-- .element: data-audience="pricipal" -->\n\n---\n\n<!-- .slide: data-audience="principle" -->\n## B', { file: 'd.md' })
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'W_UNKNOWN_AUDIENCE', line: 6 }), expect.objectContaining({ code: 'W_UNKNOWN_AUDIENCE', line: 10, message: expect.stringContaining('`principle`') })])
  })

  it('refuses a cut for an audience the deck did not declare, at the declaration', () => {
    const { diagnostics } = parseDeck('---\naudiences: [principal]\n---\n# A', { file: 'd.md', variant: { audience: 'principl', notes: true, backup: true } })
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'E_AUDIENCE', severity: 'error', line: 2, message: expect.stringContaining('(principal)') })])
  })

  it('refuses a marking that is not one level as text', () => {
    const { diagnostics } = parseDeck('---\nmarking: [SECRET]\n---\n# A', { file: 'd.md' })
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'E_MARKING', severity: 'error', line: 2 })])
  })

  it('marks a document with every caveat of its highest slides', () => {
    const { deck } = parseDeck('---\nmarking: SECRET\n---\n# A\n\n---\n\n<!-- .slide: data-marking="SECRET//NOFORN" -->\n## B', { file: 'd.md' })
    expect(deck.marking?.text).toBe('SECRET//NOFORN')
  })
})

describe('backup slides', () => {
  it('moves them after the talk’s slides, numbered B1, B2…, uncounted by reveal.js', () => {
    const { deck } = parseDeck(DECK)
    expect(deck.slides.map((s) => [s.title, s.backup, s.h, s.index])).toEqual([
      ['Opening', null, 0, 0], ['Principal only', null, 1, 1], ['Mixed', null, 2, 2], ['Last', null, 3, 3], ['Spare', 'B1', 4, 4],
    ])
    expect(deck.slides[4].attributes).toMatchObject({ 'data-bd-backup': 'B1', 'data-visibility': 'uncounted' })
  })

  it('makes every slide from a `<!-- backup -->` line on a backup slide, dropping the line’s own empty slide', () => {
    const { deck } = parseDeck('# Talk\n\n---\n\n<!-- backup -->\n\n---\n\n## One\n\n---\n\n```\n<!-- backup -->\n```\n\n---\n\n## Two')
    expect(deck.slides.map((s) => s.backup)).toEqual([null, 'B1', 'B2', 'B3'])
  })

  it('leaves them out with --no-backup, reported', () => {
    const { deck, removals } = parseDeck(DECK, { variant: { notes: true, backup: false } })
    expect(deck.slides.map((s) => s.title)).not.toContain('Spare')
    expect(removals).toEqual([expect.objectContaining({ kind: 'backup', what: 'Spare' })])
  })
})
