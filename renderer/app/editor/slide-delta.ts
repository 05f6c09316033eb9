import type { SlideView } from '../../core/api/contract'

/** A compile's slides as the worker sends them: null where the slide is the same as in the previous compile. */
export type SlideDelta = Array<SlideView | null>

/**
 * The slides of a compile, with those equal to the previous compile's left out: on a keystroke the
 * worker sends the one slide typed into, not a thousand (structured cloning is the cost that grows).
 */
export function toSlideDelta(before: readonly SlideView[], after: readonly SlideView[]): SlideDelta {
  return after.map((slide, i) => (before[i] && sameSlide(before[i], slide) ? null : slide))
}

/** The slides a delta stands for, the unchanged ones being the very objects of `before`. */
export function fromSlideDelta(before: readonly SlideView[], delta: SlideDelta): SlideView[] {
  return delta.map((slide, i) => slide ?? before[i])
}

function sameSlide(a: SlideView, b: SlideView): boolean {
  return a.index === b.index && a.h === b.h && a.v === b.v && a.startLine === b.startLine && a.endLine === b.endLine &&
    a.title === b.title && a.html === b.html && a.notesHtml === b.notesHtml && sameAttributes(a.attributes, b.attributes)
}

function sameAttributes(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}
