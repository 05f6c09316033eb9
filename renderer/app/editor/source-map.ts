import type { SlideView } from '../../core/api/contract'
import { parseFrontMatter } from '../../core/deck/front-matter'
import { MAX_SEPARATOR_LINE, type Separators, resolveSeparators } from '../../core/deck/separators'
import { type SlideSource, splitSlides } from '../../core/deck/split-slides'

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

/** A deck's source split as the compiler splits it, with the separators it used and where the body starts. */
export interface SourceSplit {
  slides: SlideSource[]
  separators: Separators
  /** The first line after the front matter (1 without front matter). */
  bodyLine: number
}

/**
 * Splits a deck's source into slides as the compiler does (front matter, the deck's own separators,
 * fences respected), without rendering them. `text` has `\n` lines.
 */
export function splitSource(text: string): SourceSplit {
  const front = parseFrontMatter(text.replace(/^\uFEFF/, ''), 'deck.md')
  const { separators } = resolveSeparators(front.meta, front.keyLines, 'deck.md')
  return { slides: splitSlides(front.body, front.bodyLine, separators, 'deck.md').slides, separators, bodyLine: front.bodyLine }
}

/** Where each slide of a deck's source starts and ends, and its notes. */
export function slideSources(text: string): SlideSource[] {
  return splitSource(text).slides
}

/**
 * Marks the separator and `Note:` lines of a deck's source, with the deck compiler's own separators
 * and splitter (fences respected, the deck's own separators honoured), so the gutter agrees with the slides.
 */
export function markLines(text: string): Map<number, LineMark> {
  return markSplit(text.replace(/\r\n?/g, '\n')).marks
}

/** The marks of a `\n`-lined source, with the split they come from. */
export function markSplit(text: string): { marks: Map<number, LineMark>; split: SourceSplit } {
  const split = splitSource(text)
  const marks = new Map<number, LineMark>()
  split.slides.forEach((slide, i) => {
    if (i > 0) marks.set(slide.startLine - 1, slide.v > 0 ? 'vertical' : 'horizontal')
    if (slide.notes !== '' || slide.notesLine !== slide.startLine) marks.set(slide.notesLine, 'notes')
  })
  const lines = text.split('\n')
  for (const [line, mark] of marks) if (mark === 'notes' && !/\S/.test(lines[line - 1] ?? '')) marks.delete(line)
  return { marks, split }
}

const FENCE = /^[ \t]*(`{3,}|~{3,})/

/**
 * Whether a line can decide where slides split: a separator, the start of notes, or a code fence
 * (opening or closing), by the deck's separators. Editing any other line moves no slide boundary.
 */
export function isStructuralLine(line: string, separators: Separators): boolean {
  const trimmed = line.replace(/[ \t]+$/, '')
  if (FENCE.test(trimmed) || separators.notes.test(trimmed.slice(0, MAX_SEPARATOR_LINE))) return true
  if (trimmed.length > MAX_SEPARATOR_LINE) return false
  return separators.horizontal.test(trimmed) || separators.vertical?.test(trimmed) === true
}
