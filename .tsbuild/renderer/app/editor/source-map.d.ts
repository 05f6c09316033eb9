import type { SlideView } from '../../core/api/contract';
/** The slide whose source holds a 1-based line (the nearest before it, between slides). */
export declare function slideAtLine(slides: readonly SlideView[], line: number): SlideView | undefined;
/** What a source line is, for the editor's gutter: a slide separator or the start of notes. */
export type LineMark = 'horizontal' | 'vertical' | 'notes';
/**
 * Marks the separator and `Note:` lines of a deck's source, with the deck compiler's own separators
 * and splitter (fences respected, the deck's own separators honoured), so the gutter agrees with the slides.
 */
export declare function markLines(text: string): Map<number, LineMark>;
