import type { SlideView } from '../../core/api/contract'

/** What the editor knows of a slide besides its compiled view. */
export interface SlideFacts {
  /** Measured taller than the slide (OverflowMeter). */
  overflowing: boolean
}

/** A badge beside a slide's title in the outline: its look, and what it says of a slide (null: not shown). */
export interface OutlineBadge {
  id: string
  /** The badge's text for a slide, and what it means in words (for its tooltip and screen readers). */
  of(slide: SlideView, facts: SlideFacts): { text: string; label: string } | null
}

/** reveal.js fragments in a slide's HTML: elements whose class list has `fragment`. */
export function fragmentCount(html: string): number {
  return html.match(/\sclass="(?:[^"]*\s)?fragment(?:\s[^"]*)?"/g)?.length ?? 0
}

/**
 * The outline's badges, in the order shown, one entry each: notes, fragments, overflow, and the
 * briefing engine's backup number, audience and marking.
 */
export const OUTLINE_BADGES: readonly OutlineBadge[] = [
  { id: 'notes', of: (slide) => (slide.notesHtml === '' ? null : { text: '✎', label: 'has speaker notes' }) },
  {
    id: 'fragments',
    of: (slide) => {
      const count = fragmentCount(slide.html)
      return count === 0 ? null : { text: `▸${count}`, label: `${count} ${count === 1 ? 'fragment' : 'fragments'}` }
    },
  },
  { id: 'overflow', of: (_slide, facts) => (facts.overflowing ? { text: '⚠', label: 'content overflows the slide' } : null) },
  { id: 'backup', of: (slide) => (slide.backup ? { text: slide.backup, label: `backup slide ${slide.backup}: after the talk, reached by jumping` } : null) },
  {
    id: 'audience',
    of: (slide) => {
      const audience = slide.attributes['data-audience']
      return audience ? { text: `@${audience.replace(/\s*,\s*/g, ',')}`, label: `only for ${audience}` } : null
    },
  },
  {
    id: 'marking',
    of: (slide) => {
      const marking = slide.attributes['data-bd-marking']
      return marking ? { text: marking.split('//')[0], label: `marked ${marking}` } : null
    },
  },
]

/** The badges a slide gets, each with its id. */
export function badgesOf(slide: SlideView, facts: SlideFacts): Array<{ id: string; text: string; label: string }> {
  return OUTLINE_BADGES.flatMap((badge) => {
    const shown = badge.of(slide, facts)
    return shown ? [{ id: badge.id, ...shown }] : []
  })
}
