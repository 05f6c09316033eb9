import type { SlideView } from '../../core/api/contract'

/** What changed between two versions of a deck, slide by slide. */
export function changedSlides(before: readonly SlideView[], after: readonly SlideView[]): { sameShape: boolean; changed: number[] } {
  const sameShape = before.length === after.length && before.every((s, i) => s.h === after[i].h && s.v === after[i].v)
  if (!sameShape) return { sameShape, changed: after.map((s) => s.index) }
  // A slide the compile did not change is the very same object (see slide-delta.ts): nothing to compare.
  const changed = after.filter((s, i) => s !== before[i] && (s.html !== before[i].html || s.notesHtml !== before[i].notesHtml || JSON.stringify(s.attributes) !== JSON.stringify(before[i].attributes))).map((s) => s.index)
  return { sameShape, changed }
}
