import { describe, expect, it } from 'vitest'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'
import { TOC_ROWS, bookPages, coverLines } from '../../../../../renderer/core/print/book-pages'

const deck = (source: string, file: string) => parseDeck(source, { file }).deck
const book = { title: 'Book', subtitle: 'Sub', author: 'Desk', date: '2025-08-30' }

describe('bookPages', () => {
  const decks = [deck('# One\n---\n# Two', '01.md'), deck('---\ntitle: Second\n---\n# Three', '02.md')]

  it('puts each chapter after the cover, the contents and the chapters before it', () => {
    const { front, chapterPages } = bookPages(book, decks, [2, 1])
    expect(front).toHaveLength(2)
    expect(chapterPages).toEqual([2, 4])
  })

  it('lists each deck in the contents with its slide count and first page number (1-based)', () => {
    const { front } = bookPages(book, decks, [2, 1])
    expect(front[1].html).toMatch(/<span class="bd-toc-title">One<small>2 slides<\/small><\/span><span class="bd-toc-dots"><\/span><span class="bd-toc-page">3<\/span>/)
    expect(front[1].html).toMatch(/Second<small>1 slide<\/small>.*<span class="bd-toc-page">5<\/span>/)
    expect(front[1].marks).toEqual([{ level: 'chapter', title: 'Contents' }])
  })

  it('counts the talk’s slides, and the backup slides apart', () => {
    const withBackup = [deck('# One\n---\n# Two\n---\n<!-- .slide: data-backup -->\n## Spare', '01.md')]
    expect(bookPages(book, withBackup, [4]).front[1].html).toContain('One<small>2 slides + 1 backup</small>')
  })

  it('shows the book’s title, subtitle, author and date written out on the cover, and nothing about the tool', () => {
    const { front } = bookPages(book, decks, [2, 1])
    expect(front[0].html).toBe('<div class="bd-page bd-cover"><div class="bd-cover-band"></div><h1>Book</h1>' +
      '<p class="bd-cover-subtitle">Sub</p><p class="bd-cover-author">Desk</p><p class="bd-cover-date">30 August 2025</p></div>')
    expect(front[0].html).not.toMatch(/decks|slides|pages|2025-08-30/)
  })

  it('leaves out the cover lines a book does not have, and keeps a date it cannot read as written', () => {
    expect(coverLines({ title: 'Book' })).toEqual([])
    expect(coverLines({ title: 'Book', author: 'Desk', date: 'Autumn 2025' })).toEqual([{ kind: 'author', text: 'Desk' }, { kind: 'date', text: 'Autumn 2025' }])
    expect(bookPages({ title: 'B<' }, decks, [2, 1]).front[0].html).toContain('<h1>B&lt;</h1></div>')
  })

  it('gives the contents as many pages as it needs', () => {
    const many = Array.from({ length: TOC_ROWS + 1 }, (_, i) => deck(`# D${i}`, `${i}.md`))
    const { front, chapterPages } = bookPages(book, many, many.map(() => 1))
    expect(front).toHaveLength(3)
    expect(chapterPages[0]).toBe(3)
    expect(front[2].html).toContain(`<span class="bd-toc-n">${TOC_ROWS + 1}</span>`)
  })
})
