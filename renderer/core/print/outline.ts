import type { Slide } from '../deck/deck'

/** A bookmark: a title, the 0-based page it opens, and the bookmarks under it. */
export interface OutlineEntry {
  title: string
  pageIndex: number
  children: OutlineEntry[]
}

/** A bookmark's target: a chapter (a deck, or the contents) or a slide. */
export interface PageMark {
  level: 'chapter' | 'slide'
  title: string
}

/** One laid-out print page, before page numbers are filled in. */
export interface PrintPage {
  html: string
  /** The bookmarks pointing at this page. */
  marks: PageMark[]
}

/** The bookmark of a slide's first page: its title, or "Slide n" when it has none. */
export function slideMark(slide: Slide): PageMark {
  const title = slide.title || `Slide ${slide.index + 1}`
  return { level: 'slide', title: slide.backup ? `${slide.backup}. ${title}` : title }
}

/** Marks a deck's first page as its chapter, ahead of that page's slide marks. */
export function withChapterMark(pages: PrintPage[], title: string): PrintPage[] {
  if (pages.length > 0) pages[0].marks.unshift({ level: 'chapter', title })
  return pages
}

/**
 * The PDF's bookmarks from the pages' marks. In a briefing book each chapter holds its slides; a
 * single deck's slides are top-level, and its chapter mark is dropped (it would repeat the title).
 */
export function toOutline(pages: readonly PrintPage[], book: boolean): OutlineEntry[] {
  const outline: OutlineEntry[] = []
  pages.forEach((page, pageIndex) => {
    for (const mark of page.marks) {
      if (mark.level === 'chapter' && book) outline.push({ title: mark.title, pageIndex, children: [] })
      else if (mark.level === 'slide') {
        const entry = { title: mark.title, pageIndex, children: [] }
        const parent = book ? outline[outline.length - 1] : undefined
        if (parent) parent.children.push(entry)
        else outline.push(entry)
      }
    }
  })
  return outline
}
