import { describe, expect, it } from 'vitest'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'
import { type PrintPage, slideMark, toOutline, withChapterMark } from '../../../../../renderer/core/print/outline'

const page = (...marks: PrintPage['marks']): PrintPage => ({ html: '', marks })

describe('toOutline', () => {
  it('lists a single deck’s slides at the top level, without its chapter', () => {
    const pages = withChapterMark([page({ level: 'slide', title: 'A' }), page(), page({ level: 'slide', title: 'B' })], 'Deck')
    expect(toOutline(pages, false)).toEqual([{ title: 'A', pageIndex: 0, children: [] }, { title: 'B', pageIndex: 2, children: [] }])
  })

  it('nests a book’s slides under their deck', () => {
    const pages = [page({ level: 'chapter', title: 'Contents' }), ...withChapterMark([page({ level: 'slide', title: 'A' })], 'One')]
    expect(toOutline(pages, true)).toEqual([
      { title: 'Contents', pageIndex: 0, children: [] },
      { title: 'One', pageIndex: 1, children: [{ title: 'A', pageIndex: 1, children: [] }] },
    ])
  })
})

describe('slideMark', () => {
  it('bookmarks a slide by its title, or as "Slide n" without one', () => {
    const slides = parseDeck('# Intro\n---\nno heading').deck.slides
    expect(slides.map(slideMark)).toEqual([{ level: 'slide', title: 'Intro' }, { level: 'slide', title: 'Slide 2' }])
  })
})
