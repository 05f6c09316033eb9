/** What tells one slide from another across two versions of a deck (a SlideView or a Slide). */
export interface SlideIdentity {
  /** The slide's rendered body: the same Markdown gives the same HTML. */
  html: string
  title: string
}

/**
 * Where the slide at `index` of the old version is in the new one, so a live reload keeps the
 * presenter and the room on the same slide rather than the same number (a slide inserted above
 * would otherwise take its place). In order: the slide with the same content, else one with the same
 * title (its text was edited), else the old neighbour before it with unchanged content, counted on
 * from. Among several (a repeated "Questions" slide), the same copy when both versions have as many,
 * else the nearest to the old index. Failing all, the old index, within the deck.
 */
export function sameSlide(before: readonly SlideIdentity[], after: readonly SlideIdentity[], index: number): number {
  if (after.length === 0) return 0
  const clamp = (i: number): number => Math.min(Math.max(0, i), after.length - 1)
  const old = before[index]
  if (!old) return clamp(index)
  const byContent = match(before, after, index, (slide) => slide.html === old.html)
  if (byContent !== null) return byContent
  const byTitle = old.title === '' ? null : match(before, after, index, (slide) => slide.title === old.title)
  if (byTitle !== null) return byTitle
  for (let back = index - 1; back >= 0; back--) {
    const anchor = match(before, after, back, (slide) => slide.html === before[back].html)
    if (anchor !== null) return clamp(anchor + (index - back))
  }
  return clamp(index)
}

/** Where the slide at `index` of `before`, which passes `test`, is among the slides of `after` that do; null if none does. */
function match(before: readonly SlideIdentity[], after: readonly SlideIdentity[], index: number, test: (slide: SlideIdentity) => boolean): number | null {
  const was = indicesOf(before, test)
  const now = indicesOf(after, test)
  if (now.length === 0) return null
  if (now.length === was.length) return now[was.indexOf(index)]
  return now.reduce((best, i) => (Math.abs(i - index) < Math.abs(best - index) ? i : best))
}

function indicesOf(slides: readonly SlideIdentity[], test: (slide: SlideIdentity) => boolean): number[] {
  return slides.flatMap((slide, i) => (test(slide) ? [i] : []))
}
