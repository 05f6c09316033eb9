import type { SlideView } from '../../core/api/contract'
import { parseFrontMatter } from '../../core/deck/front-matter'
import { resolveSeparators } from '../../core/deck/separators'
import { splitSlides } from '../../core/deck/split-slides'

/** The slide whose source holds a 1-based line (the nearest before it, between slides). */
export function slideAtLine(slides: readonly SlideView[], line: number): SlideView | undefined {
  let found: SlideView | undefined
  for (const slide of slides) {
    if (slide.startLine <= line) found = slide
    else break
  }
  return found ?? slides[0]
}

/** What a source line is, for the editor's gutter: a slide separator or the start of notes. */
export type LineMark = 'horizontal' | 'vertical' | 'notes'

/**
 * Marks the separator and `Note:` lines of a deck's source, with the deck compiler's own separators
 * and splitter (fences respected, the deck's own separators honoured), so the gutter agrees with the slides.
 */
export function markLines(text: string): Map<number, LineMark> {
  const normalised = text.replace(/\r\n?/g, '\n')
  const front = parseFrontMatter(normalised, 'deck.md')
  const { separators } = resolveSeparators(front.meta, front.keyLines, 'deck.md')
  const { slides } = splitSlides(front.body, front.bodyLine, separators, 'deck.md')
  const marks = new Map<number, LineMark>()
  slides.forEach((slide, i) => {
    if (i > 0) marks.set(slide.startLine - 1, slide.v > 0 ? 'vertical' : 'horizontal')
    if (slide.notes !== '' || slide.notesLine !== slide.startLine) marks.set(slide.notesLine, 'notes')
  })
  const lines = normalised.split('\n')
  for (const [line, mark] of marks) if (mark === 'notes' && !/\S/.test(lines[line - 1] ?? '')) marks.delete(line)
  return marks
}
