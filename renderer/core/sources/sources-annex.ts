import { highestMarking } from '../brief/markings'
import type { Deck, Slide } from '../deck/deck'
import { escapeHtml } from '../html/escape-html'
import { SOURCES_LIST_ATTRIBUTE } from '../markdown/sources-list'
import { type Source, referenceHtml, referenceText } from './sources'

/** A cited source and where it is cited: slides "3, 5, B1" of a deck, or of each deck of a book ("deck 2"). */
export interface CitedSource {
  source: Source
  citedOn: Array<{ deck?: string; slides: string[] }>
}

/** A Sources slide lists at most this many: more would overflow a 1280×720 slide at the theme's size, so the list goes on below. */
export const SOURCES_PER_SLIDE = 6
/** The placeholder `<!-- sources -->` leaves in a slide's HTML, as the compiler serialises it. */
const PLACEHOLDER = `<div class="bd-sources-list" ${SOURCES_LIST_ATTRIBUTE}=""></div>`
const NONE_CITED = 'No sources are cited.'
/** The class of a generated Sources slide, the theme's `bd-sources` layout. */
const SOURCES_CLASS = 'bd-sources'

/** A slide's number as a reader finds it: its place in reading order, or its backup number. */
function slideLabel(slide: Slide, index = slide.index): string {
  return slide.backup ?? String(index + 1)
}

/**
 * The sources cited in some slides, in the order of first citation, each with the slides citing it.
 * Only what the slides still hold counts: a slide or block cut for an audience cites nothing.
 */
export function citedSources(groups: ReadonlyArray<{ label?: string; slides: readonly Slide[]; indexOf?: (slide: Slide) => number }>, sources: ReadonlyMap<string, Source>): CitedSource[] {
  const cited = new Map<string, CitedSource>()
  for (const group of groups) {
    for (const slide of group.slides) {
      for (const citation of slide.citations) {
        const source = sources.get(citation.id)
        if (!source) continue
        let entry = cited.get(source.id)
        if (!entry) cited.set(source.id, (entry = { source, citedOn: [] }))
        let place = entry.citedOn.find((p) => p.deck === group.label)
        if (!place) entry.citedOn.push((place = { deck: group.label, slides: [] }))
        const where = slideLabel(slide, group.indexOf?.(slide))
        if (!place.slides.includes(where)) place.slides.push(where)
      }
    }
  }
  return [...cited.values()]
}

/** The list of a Sources slide: each reference, then where it is cited. `start` numbers a continued list. */
export function sourcesListHtml(cited: readonly CitedSource[], start = 1): string {
  if (cited.length === 0) return `<p class="bd-sources-none">${NONE_CITED}</p>`
  const items = cited.map(({ source, citedOn }) => `<li>${referenceHtml(source)} <span class="bd-cited-on">${escapeHtml(citedOnText(citedOn))}</span></li>`)
  return `<ol class="bd-sources-list"${start > 1 ? ` start="${start}"` : ''}>${items.join('')}</ol>`
}

function citedOnText(citedOn: CitedSource['citedOn']): string {
  const slides = (list: readonly string[]): string => `slide${list.length === 1 ? '' : 's'} ${list.join(', ')}`
  return citedOn.length === 1 && citedOn[0].deck === undefined
    ? `Cited on ${slides(citedOn[0].slides)}.`
    : `Cited in ${citedOn.map((place) => `${place.deck}, ${slides(place.slides)}`).join('; ')}.`
}

function listText(cited: readonly CitedSource[]): string {
  if (cited.length === 0) return NONE_CITED
  return cited.map(({ source, citedOn }) => `${referenceText(source)} ${citedOnText(citedOn)}`).join(' ')
}

/**
 * Fills each `<!-- sources -->` slide with the deck's cited sources, in citation order with the slides
 * citing each; a list longer than SOURCES_PER_SLIDE goes on in slides below it. Runs on the slides
 * the variant kept, numbered as they will be shown.
 */
export function placeSourcesSlides(slides: readonly Slide[], sources: ReadonlyMap<string, Source>): Slide[] {
  const listing = slides.filter((slide) => slide.html.includes(PLACEHOLDER))
  if (listing.length === 0) return [...slides]
  const extra = (count: number): number => Math.max(0, Math.ceil(count / SOURCES_PER_SLIDE) - 1)
  // Citation order needs final numbers, and continuation slides move the slides after them: count them first.
  const first = citedSources([{ slides }], sources)
  const added = extra(first.length)
  const finalIndex = new Map<Slide, number>()
  let shift = 0
  for (const slide of slides) {
    finalIndex.set(slide, slide.index + shift)
    if (listing.includes(slide)) shift += added
  }
  const cited = citedSources([{ slides, indexOf: (slide) => finalIndex.get(slide) ?? slide.index }], sources)
  const out: Slide[] = []
  const stackShift = new Map<number, { fromV: number; by: number }>()
  for (const slide of slides) {
    const moved = stackShift.get(slide.h)
    const v = moved && slide.v > moved.fromV ? slide.v + moved.by : slide.v
    const placed = { ...slide, v, index: finalIndex.get(slide) ?? slide.index }
    if (!listing.includes(slide)) {
      out.push(placed)
      continue
    }
    const chunks = Array.from({ length: Math.max(1, Math.ceil(cited.length / SOURCES_PER_SLIDE)) }, (_, i) => cited.slice(i * SOURCES_PER_SLIDE, (i + 1) * SOURCES_PER_SLIDE))
    out.push(asSourcesSlide(placed, placed.html.replace(PLACEHOLDER, sourcesListHtml(chunks[0])), chunks[0]))
    for (const [i, chunk] of chunks.slice(1).entries()) {
      const heading = `<h2>${escapeHtml(slide.title || 'Sources')} (continued)</h2>`
      out.push(asSourcesSlide({ ...placed, index: placed.index + i + 1, v: v + i + 1, notes: '', notesHtml: '', citations: [], title: `${slide.title || 'Sources'} (continued)`, text: '' }, heading + sourcesListHtml(chunk, 1 + (i + 1) * SOURCES_PER_SLIDE), chunk))
    }
    if (chunks.length > 1) stackShift.set(slide.h, { fromV: slide.v, by: chunks.length - 1 })
  }
  return out
}

function asSourcesSlide(slide: Slide, html: string, cited: readonly CitedSource[]): Slide {
  const classes = new Set((slide.attributes.class ?? '').split(/\s+/).filter(Boolean))
  classes.add(SOURCES_CLASS)
  return { ...slide, html, text: `${slide.text} ${listText(cited)}`.trim(), attributes: { ...slide.attributes, class: [...classes].join(' ') } }
}

/**
 * The Sources annex `export --sources-annex` adds: one Sources slide (and more below it when the list is
 * long) after the decks, listing what they cite; in a book, each place is named by its deck. Null when
 * nothing is cited. The annex is a deck of its own, so a book's contents and bookmarks list it.
 */
export function sourcesAnnex(decks: readonly Deck[]): Deck | null {
  const sources = new Map(decks.flatMap((deck) => deck.sources.map((source) => [source.id, source] as const)))
  const book = decks.length > 1
  // A book's decks are named by their number in its contents: their titles would fill the slide.
  const cited = citedSources(decks.map((deck, i) => ({ label: book ? `deck ${i + 1}` : undefined, slides: deck.slides })), sources)
  if (cited.length === 0) return null
  const chunks = Array.from({ length: Math.ceil(cited.length / SOURCES_PER_SLIDE) }, (_, i) => cited.slice(i * SOURCES_PER_SLIDE, (i + 1) * SOURCES_PER_SLIDE))
  const last = decks[decks.length - 1]
  // The annex is part of the document: it carries the highest marking of the decks, and their draft stamp.
  const marking = highestMarking(decks.map((deck) => deck.marking))
  const draft = decks.some((deck) => deck.slides.some((slide) => slide.attributes['data-bd-draft'] !== undefined))
  const attributes: Record<string, string> = { class: SOURCES_CLASS }
  if (marking) {
    attributes['data-bd-marking'] = marking.text
    attributes['data-bd-marking-colors'] = `${marking.color} ${marking.background}`
    attributes['data-bd-marking-rank'] = String(marking.rank)
  }
  if (draft) attributes['data-bd-draft'] = 'DRAFT'
  const slides = chunks.map((chunk, i): Slide => {
    const title = i === 0 ? 'Sources' : 'Sources (continued)'
    return {
      index: i, h: 0, v: i, startLine: 1, endLine: 1, markdown: '', marking, backup: null,
      html: `<h2>${title}</h2>${sourcesListHtml(chunk, 1 + i * SOURCES_PER_SLIDE)}`,
      notes: '', notesHtml: '', attributes: { ...attributes }, title, text: `${title} ${listText(chunk)}`,
      codeText: '', hasCodeBlock: false, hasItalic: chunk.some(({ source }) => source.title !== undefined), citations: [], mathFaces: [], blocks: [],
    }
  })
  // Its own scope: a measurement of its slides is never taken for the last deck's.
  return { ...last, title: 'Sources', scope: `${last.scope}-sources`, slides, sources: [], marking }
}
