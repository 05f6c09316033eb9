import type { SlideView } from '../../core/api/contract'

/** A slide found by the jump palette, with the words that matched. */
export interface SlideHit {
  slide: SlideView
  /** Where it matched: the title counts more than the text. */
  score: number
}

/** Letters without accents and case, so "resume" finds "Résumé" and "chandrayaan" finds "Chandrayaan-5". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

/**
 * The slides whose title or text holds every word of the query, best first (title matches before
 * text matches, then reading order). A number alone also finds that slide by its position, and a
 * backup number (`B1`) its backup slide.
 */
export function searchSlides(slides: readonly SlideView[], texts: ReadonlyMap<number, string>, query: string): SlideHit[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return slides.map((slide) => ({ slide, score: 0 }))
  const hits: SlideHit[] = []
  for (const slide of slides) {
    const title = fold(slide.title)
    const text = fold(`${slide.title} ${texts.get(slide.index) ?? ''}`)
    // A backup slide's own number (B1), as the palette shows it.
    const byNumber = slide.backup ? words[0] === slide.backup.toLowerCase() : /^\d+$/.test(words[0]) && Number(words[0]) === slide.index + 1
    if (words.length === 1 && byNumber) {
      hits.push({ slide, score: 3 })
      continue
    }
    if (!words.every((word) => text.includes(word))) continue
    hits.push({ slide, score: words.every((word) => title.includes(word)) ? 2 : 1 })
  }
  return hits.sort((a, b) => b.score - a.score || a.slide.index - b.slide.index)
}
