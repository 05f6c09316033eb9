import { type HtmlElement, findAll, getAttribute, removeAttribute, removeNode, textContent } from '../html/html-tree'
import type { Diagnostic } from '../deck/deck'
import type { MarkingScheme } from './marking-schemes'
import { type Marking, highestMarking, readMarking, unknownMarking } from './markings'
import { type Removal, type Variant, audienceNames, isForVariant } from './variant'

/** What a deck's settings say about each of its slides' markings and audiences. */
export interface DeckBrief {
  /** Null when the deck uses no markings (no scheme, no marking anywhere). */
  scheme: MarkingScheme
  defaultMarking?: string
  requireMarkings: boolean
  /** The names `data-audience` may use, when the deck declares them. */
  audiences?: readonly string[]
  variant: Variant
}

/** Where a slide is, for its messages: the file, and the line of an element's attribute. */
export interface BriefPlace {
  file: string
  slideLine: number
  lineOf(element: HtmlElement, attribute: string): number
  diagnostics: Diagnostic[]
  removals: Removal[]
}

/**
 * Applies the briefing engine to one rendered slide (its `<section>`, attribute comments applied):
 * blocks for other audiences are removed from the tree (so from every output), each block's
 * `data-marking` is checked against the scheme, and the slide's marking is worked out: the highest of
 * its own (or the deck's) and its blocks'. Unknown levels are errors at their line; an unmarked slide
 * is one when markings are required.
 */
export function briefSlide(section: HtmlElement, brief: DeckBrief, place: BriefPlace): Marking | null {
  const error = (line: number, message: string): void => void place.diagnostics.push({ code: 'E_MARKING', severity: 'error', file: place.file, line, message })
  const read = (written: string, line: number): Marking | null => {
    const marking = readMarking(written, brief.scheme)
    if (!marking) error(line, unknownMarking(written, brief.scheme))
    return marking
  }
  checkAudienceNames(section, brief, place)
  for (const block of findAll(section, (el) => el !== section && getAttribute(el, 'data-audience') !== undefined)) {
    if (!block.parentNode) continue
    const tagged = getAttribute(block, 'data-audience')
    if (isForVariant(tagged, brief.variant)) {
      // A cut for one audience does not name the others; the whole deck keeps the tags (the editor shows them).
      if (brief.variant.audience !== undefined) removeAttribute(block, 'data-audience')
      continue
    }
    place.removals.push({ kind: 'block', file: place.file, line: place.lineOf(block, 'data-audience'), what: textContent(block).replace(/\s+/g, ' ').trim().slice(0, 60) })
    removeNode(block)
  }
  const blocks = findAll(section, (el) => el !== section && getAttribute(el, 'data-marking') !== undefined)
    .map((block) => read(getAttribute(block, 'data-marking') ?? '', place.lineOf(block, 'data-marking')))
  const own = getAttribute(section, 'data-marking')
  removeAttribute(section, 'data-marking')
  const slideMarking = own !== undefined ? read(own, place.lineOf(section, 'data-marking'))
    : brief.defaultMarking !== undefined ? readMarking(brief.defaultMarking, brief.scheme) : null
  const marking = highestMarking([slideMarking, ...blocks])
  if (!marking && brief.requireMarkings) error(place.slideLine, 'this slide has no marking, and markings are required: give the deck a `marking:` or the slide `<!-- .slide: data-marking="…" -->`')
  return marking
}

/** Warns of an audience name the deck did not declare (a typo would leave content in every variant). */
function checkAudienceNames(section: HtmlElement, brief: DeckBrief, place: BriefPlace): void {
  if (!brief.audiences) return
  // The slide's own tag (`<!-- .slide: data-audience -->`) too: a misspelt one cuts the slide from every copy.
  const own = getAttribute(section, 'data-audience') !== undefined ? [section] : []
  for (const tagged of [...own, ...findAll(section, (el) => getAttribute(el, 'data-audience') !== undefined)]) {
    for (const name of audienceNames(getAttribute(tagged, 'data-audience') ?? '')) {
      if (brief.audiences.includes(name)) continue
      place.diagnostics.push({
        code: 'W_UNKNOWN_AUDIENCE', severity: 'warning', file: place.file, line: place.lineOf(tagged, 'data-audience'),
        message: `audience \`${name}\` is not one of this deck's audiences (${brief.audiences.join(', ')})`,
      })
    }
  }
}
