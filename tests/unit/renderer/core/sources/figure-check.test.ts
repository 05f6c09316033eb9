import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'
import { MAX_CHECKS_PER_DECK, checkFigures, closestFigure, indexSource } from '../../../../../renderer/core/sources/figure-check'
import { findFigures } from '../../../../../renderer/core/sources/figures'
import { figureSourceFile } from '../../../../helpers/source-text'

// The article when it is beside the project, else the project's own fixture: both give these figures.
const { file } = figureSourceFile()
const index = indexSource(readFileSync(file, 'utf8'), 'source.txt')
const FRONT = '---\nsources:\n  - id: src\n    title: The source\n  - id: other\n    title: No local copy\n---\n'
const check = (body: string) => checkFigures(parseDeck(`${FRONT}${body}`).deck, new Map([['src', index]]))

describe('the figure check', () => {
  it('finds a planted wrong figure, at its line, with the closest figure of the source', () => {
    expect(check('\n## Trade [@src]\n\n- Two-way: $22.85 bn\n- Deficit: **$12.6 bn**\n')).toEqual([{
      code: 'W_FIGURE', severity: 'warning', file: 'deck.md', line: 12,
      message: 'slide 1: $12.6 bn is not in `src` (source.txt); the closest figure there is $12.5 billion',
    }])
  })

  it('accepts the normalised forms of the source\'s figures', () => {
    expect(check('\n## Trade [@src]\n\n- $22.85 billion, $22.85 bn, 22.85 billion dollars\n- 15 per cent, 15%\n- 360 kmph, 360 km/h\n- 7,000 km by 2047\n')).toEqual([])
  })

  it('skips what is marked data-derived, an element or a whole slide', () => {
    expect(check('\n## Shares [@src]\n\n- Indian share: 22.5%\n<!-- .element: data-derived -->\n- Ratio **3.4 to 1** <!-- .element: data-derived -->\n')).toEqual([])
    expect(check('\n<!-- .slide: data-derived -->\n## Sums [@src]\n\n- 22.5% and 3.4 to 1\n')).toEqual([])
  })

  it('checks only slides citing a source with a local copy, and never the footnote area or code', () => {
    expect(check('\n## No citation\n\n$99 bn\n\n---\n\n## Other source [@other]\n\n$98 bn\n\n---\n\n## Code [@src]\n\n`$97 bn`[^1]\n\n[^1]: $96 bn, a note\n')).toEqual([])
  })

  it('leaves a drawing\'s labels and a formula\'s figures alone: they come from their own data', () => {
    const drawn = check('\n## Drawn [@src]\n\n<svg viewBox="0 0 10 10"><text x="1" y="5">$99 bn</text></svg>\n\nand $$x = 98$$ and $12.6 bn\n')
    expect(drawn.map((d) => d.message)).toEqual([expect.stringMatching(/^slide 1: \$12\.6 bn is not in/)])
  })

  it('checks words in quotation marks against the source, word for word', () => {
    // The project's own fixture, whose quotation these tests know.
    const fixture = indexSource(readFileSync(resolve(__dirname, '../../../../fixtures/sources/trade-note.txt'), 'utf8'), 'note.txt')
    const quoted = (quote: string) => checkFigures(parseDeck(`${FRONT}\n## Said [@src]\n\n- The minister: ${quote}\n`).deck, new Map([['src', fixture]]))
    expect(quoted('“carry the region into a faster decade”')).toEqual([])
    expect(quoted('"Carry the region, into a faster decade"')).toEqual([])
    expect(quoted('“carry the nation into a faster decade”')).toEqual([expect.objectContaining({ code: 'W_QUOTE', line: 11 })])
    // Two words in quotes are a term, not a quotation.
    expect(quoted('a "faster train"')).toEqual([])
  })

  it('names the closest figure: the same unit first, then the nearest value on either side', () => {
    const source = indexSource('Sales were $3 bn, then $10 bn, then $12.5 billion; 12.7% grew; the line is 508 km long; 2047.', 's.txt')
    const closest = (text: string) => closestFigure(findFigures(text)[0], [source])?.text
    expect(closest('$12.6 bn')).toBe('$12.5 billion')
    expect(closest('$11 bn')).toBe('$10 bn')
    expect(closest('$1 bn')).toBe('$3 bn')
    expect(closest('$99 bn')).toBe('$12.5 billion')
    expect(closest('12.6%')).toBe('12.7%')
    expect(closest('500 km')).toBe('508 km')
    // No figure in that unit: the nearest value in any other.
    expect(closest('2040 mph')).toBe('2047')
    expect(closestFigure(findFigures('$1')[0], [indexSource('no figures at all', 's.txt')])).toBeNull()
  })

  it('stays fast on a hostile deck and a large source: bounded checks a deck, and says where it stopped', () => {
    // 30,000 figures of a source, and 7 slides of 250 figures and 250 quotes, none of them in it.
    const big = indexSource('The figure $1,000.5 bn, 12% and 360 km/h; '.repeat(10_000), 's.txt')
    const slides = Array.from({ length: 7 }, (_, i) => `## S${i} [@src]\n\n${Array.from({ length: 250 }, (_, j) => `$${i}.${j}7 bn “a b c ${j} d e”`).join(' ')}`).join('\n\n---\n\n')
    const started = Date.now()
    const found = checkFigures(parseDeck(`${FRONT}${slides}`).deck, new Map([['src', big]]))
    // A pass over every source figure for each miss took minutes on a deck like this with a 4 MB source.
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(found.filter((d) => d.code === 'W_FIGURE' || d.code === 'W_QUOTE').length).toBeLessThanOrEqual(MAX_CHECKS_PER_DECK + 1)
    expect(found.at(-1)).toMatchObject({ code: 'W_FIGURE', severity: 'warning', message: expect.stringMatching(/^slide 6: the figure check stops here, after 2000 figures and quotes/) })
  }, 30_000)
})
