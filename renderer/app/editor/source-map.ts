import type { SlideView } from '../../core/api/contract'
import { parseFrontMatter } from '../../core/deck/front-matter'
import { DEFAULT_SEPARATORS, splitSlides, toLinePattern } from '../../core/deck/split-slides'

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
 * Marks the separator and `Note:` lines of a deck's source, with the deck compiler's own splitter
 * (fences respected, the deck's own separators honoured), so the gutter agrees with the slides.
 */
export function markLines(text: string): Map<number, LineMark> {
  const normalised = text.replace(/\r\n?/g, '\n')
  const front = parseFrontMatter(normalised, 'deck.md')
  const custom = (source: string | undefined, mode: 'line' | 'prefix', fallback: RegExp | null, flags = ''): RegExp | null =>
    source ? toLinePattern(source, mode, flags) ?? fallback : fallback
  const separators = {
    horizontal: custom(front.meta.separator, 'line', DEFAULT_SEPARATORS.horizontal) as RegExp,
    vertical: custom(front.meta.verticalSeparator, 'line', DEFAULT_SEPARATORS.vertical),
    notes: custom(front.meta.notesSeparator, 'prefix', DEFAULT_SEPARATORS.notes, 'i') as RegExp,
  }
  const { slides } = splitSlides(front.body, front.bodyLine, separators, 'deck.md')
  const marks = new Map<number, LineMark>()
  slides.forEach((slide, i) => {
    if (i > 0) marks.set(slide.startLine - 1, slide.v > 0 ? 'vertical' : 'horizontal')
    if (slide.notes !== '' || slide.notesLine !== slide.startLine) marks.set(slide.notesLine, 'notes')
  })
  for (const [line, mark] of marks) if (mark === 'notes' && !/\S/.test(normalised.split('\n')[line - 1] ?? '')) marks.delete(line)
  return marks
}
