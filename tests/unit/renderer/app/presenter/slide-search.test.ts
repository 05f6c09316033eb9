import { describe, expect, it } from 'vitest'
import type { SlideView } from '../../../../../renderer/core/api/contract'
import { searchSlides } from '../../../../../renderer/app/presenter/slide-search'

const view = (index: number, title: string, backup: string | null = null): SlideView => ({
  index, backup, h: index, v: 0, title, html: '', notesHtml: '', attributes: {}, startLine: 1, endLine: 1,
})
const slides = [view(0, 'Opening'), view(1, 'Résumé of trade'), view(2, 'Close'), view(3, 'Spare figures', 'B1')]
const found = (query: string) => searchSlides(slides, new Map([[2, 'the end of the talk']]), query).map((hit) => hit.slide.title)

describe('searchSlides', () => {
  it('finds slides by the words of their title before their text, without accents or case', () => {
    expect(found('resume')).toEqual(['Résumé of trade'])
    expect(found('END talk')).toEqual(['Close'])
  })

  it('finds a talk slide by its position and a backup slide by its B number, as the palette shows them', () => {
    expect(found('2')).toEqual(['Résumé of trade'])
    expect(found('b1')).toEqual(['Spare figures'])
    expect(found('4')).toEqual([])
  })
})
