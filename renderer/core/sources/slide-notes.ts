import type { Diagnostic } from '../deck/deck'
import {
  type HtmlChild, type HtmlElement, type HtmlParent, appendChild, createElement, findAll, getAttribute, isElement, isText,
  parseHtml, removeAttribute, removeNode, setAttribute,
} from '../html/html-tree'
import { CITATION_ATTRIBUTE, type Citation } from '../markdown/citations'
import { type Source, referenceHtml } from './sources'

/**
 * A citation as it stands on a slide: its source, where in it, and the note number it shows; or that it
 * is in a footnote's text or in the speaker notes, where it is written out short, "(Firstpost, p. 3)".
 */
export type SlideCitation = Citation & ({ where: 'slide'; number: number } | { where: 'footnote' } | { where: 'notes' })

/** Where a slide is, for its messages. */
export interface NotesPlace {
  file: string
  lineOf(element: HtmlElement): number
  diagnostics: Diagnostic[]
}

/** The class of the footnote area at the foot of a slide (the theme places it). */
export const FOOTNOTES_CLASS = 'bd-footnotes'
/** The class of a note marker in the text (a superscript number). */
export const NOTE_REF_CLASS = 'bd-note-ref'
/** A slide shows at most this many notes: a slide with more is a document, and the rest are counted in one line. */
export const MAX_NOTES = 40
/** A slide (or its notes) reports at most this many unknown ids one by one; more are counted in one line. */
export const MAX_UNKNOWN_REPORTED = 20

/** Reports unknown ids at their lines, the first MAX_UNKNOWN_REPORTED one by one; `finish` counts the rest. */
function unknownReporter(sources: ReadonlyMap<string, Source>, place: NotesPlace): { report(id: string, at: HtmlElement): void; finish(): void } {
  let count = 0
  let firstLine = 0
  return {
    report(id, at) {
      count++
      if (count > MAX_UNKNOWN_REPORTED) return
      const line = place.lineOf(at)
      if (count === 1) firstLine = line
      place.diagnostics.push({ code: 'E_UNKNOWN_SOURCE', severity: 'error', file: place.file, line, message: unknownSourceMessage(id, sources) })
    },
    finish() {
      if (count <= MAX_UNKNOWN_REPORTED) return
      place.diagnostics.push({ code: 'E_UNKNOWN_SOURCE', severity: 'error', file: place.file, line: firstLine, message: `and ${count - MAX_UNKNOWN_REPORTED} more citations of undeclared sources here` })
    },
  }
}

/**
 * A slide's footnotes and citations, numbered together in reading order: each `[^label]` reference
 * and each `[@id]` citation becomes a superscript number, and a footnote area at the foot of the
 * slide lists the footnotes' text and the cited sources' full references. Works on the slide's tree
 * after the variant's cut (renderer/core/brief), so what an audience does not see cites nothing.
 * An unknown source id is an error at its line. Returns the slide's citations, in order.
 */
export function noteSlide(section: HtmlElement, sources: ReadonlyMap<string, Source>, place: NotesPlace): SlideCitation[] {
  const definitions = takeFootnoteDefinitions(section)
  const numbers = new Map<string, number>()
  const entries: Array<{ number: number; content: HtmlChild[] }> = []
  const citations: SlideCitation[] = []
  const numberOf = (key: string, content: () => HtmlChild[]): number => {
    let number = numbers.get(key)
    if (number === undefined) {
      number = numbers.size + 1
      numbers.set(key, number)
      if (number <= MAX_NOTES) entries.push({ number, content: content() })
    }
    return number
  }
  const unknown = unknownReporter(sources, place)
  const markers = findAll(section, (el) => (el.tagName === 'a' && getAttribute(el, 'data-footnote-ref') !== undefined) || getAttribute(el, CITATION_ATTRIBUTE) !== undefined)
  for (const marker of markers) {
    if (marker.tagName === 'a') {
      const label = (getAttribute(marker, 'href') ?? '').replace(/^#footnote-/, '')
      const number = numberOf(`^${label}`, () => definitions.get(label) ?? [])
      replaceWithNumber(marker.parentNode && (marker.parentNode as HtmlElement).tagName === 'sup' ? marker.parentNode as HtmlElement : marker, [number])
      continue
    }
    const cites = parseCites(getAttribute(marker, CITATION_ATTRIBUTE))
    const known = cites.filter((cite) => {
      if (sources.has(cite.id)) return true
      unknown.report(cite.id, marker)
      return false
    })
    if (known.length < cites.length) {
      // Left as written, so the slide still shows what was meant.
      removeAttribute(marker, CITATION_ATTRIBUTE)
      continue
    }
    const shown = known.map((cite) => {
      const number = numberOf(`@${cite.id}\u0000${cite.locator ?? ''}`, () => parseHtml(referenceHtml(sources.get(cite.id) as Source, cite.locator)).childNodes)
      citations.push({ ...cite, where: 'slide', number })
      return number
    })
    // "trade grew [@fp]." is written with a space; the number sits on the word, as in print.
    const before = marker.parentNode?.childNodes[marker.parentNode.childNodes.indexOf(marker) - 1]
    if (before && isText(before)) before.value = before.value.replace(/\s+$/, '')
    replaceWithNumber(marker, shown)
  }
  unknown.finish()
  if (entries.length > 0) {
    const area = footnoteArea(entries, numbers.size)
    // A footnote's own citations ("[^1]: As [@fp, p. 3] explains") are written short, as in the notes: a note has no notes.
    citations.push(...citeInNotes(area, sources, place).map((cite): SlideCitation => ({ id: cite.id, ...(cite.locator ? { locator: cite.locator } : {}), where: 'footnote' })))
    appendChild(section, area)
  }
  return citations
}

/** The message for an id no source declares, with the ids that are, so a typo is easy to see. */
export function unknownSourceMessage(id: string, sources: ReadonlyMap<string, Source>): string {
  const known = [...sources.keys()]
  const listed = known.length === 0 ? 'no sources are declared (`sources:` in the front matter or briefing.yml)' : `declared: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', …' : ''}`
  return `unknown source \`@${id}\`; ${listed}`
}

/**
 * Replaces citations in speaker notes (and in a footnote's text) by their short form, "(Firstpost, p. 3)":
 * notes are read aloud or read ahead, not numbered. Unknown ids are errors, as on the slide. Returns the citations.
 */
export function citeInNotes(root: HtmlParent, sources: ReadonlyMap<string, Source>, place: NotesPlace): SlideCitation[] {
  const citations: SlideCitation[] = []
  const reporter = unknownReporter(sources, place)
  for (const marker of findAll(root, (el) => getAttribute(el, CITATION_ATTRIBUTE) !== undefined)) {
    const cites = parseCites(getAttribute(marker, CITATION_ATTRIBUTE))
    removeAttribute(marker, CITATION_ATTRIBUTE)
    const unknown = cites.filter((cite) => !sources.has(cite.id))
    for (const cite of unknown) reporter.report(cite.id, marker)
    if (unknown.length > 0) continue
    citations.push(...cites.map((cite): SlideCitation => ({ ...cite, where: 'notes' })))
    const short = cites.map((cite) => {
      const source = sources.get(cite.id) as Source
      return [source.outlet ?? source.author ?? source.title ?? source.id, cite.locator].filter(Boolean).join(', ')
    })
    marker.childNodes = []
    marker.childNodes.push({ nodeName: '#text', value: `(${short.join('; ')})`, parentNode: marker })
  }
  reporter.finish()
  return citations
}

/** The full references of a slide's citations, for its speaker notes: one paragraph, "Sources: 1. …". */
export function notesReferences(citations: readonly SlideCitation[], sources: ReadonlyMap<string, Source>): HtmlChild[] {
  const seen = new Set<number>()
  const items = citations.flatMap((c) => (c.where === 'slide' && !seen.has(c.number) && seen.add(c.number) ? [c] : []))
    .map((c) => `<li value="${c.number}">${referenceHtml(sources.get(c.id) as Source, c.locator)}</li>`)
  // A copy: the caller moves the nodes elsewhere, which takes them out of this list.
  return items.length === 0 ? [] : [...parseHtml(`<p class="bd-notes-sources">Sources cited on this slide:</p><ol class="bd-notes-sources">${items.join('')}</ol>`).childNodes]
}

/** The footnote definitions marked-footnote wrote (`<section data-footnotes>`), by label, taken out of the slide. */
function takeFootnoteDefinitions(section: HtmlElement): Map<string, HtmlChild[]> {
  const definitions = new Map<string, HtmlChild[]>()
  for (const area of findAll(section, (el) => el.tagName === 'section' && getAttribute(el, 'data-footnotes') !== undefined)) {
    for (const item of findAll(area, (el) => el.tagName === 'li' && /^footnote-/.test(getAttribute(el, 'id') ?? ''))) {
      for (const back of findAll(item, (el) => getAttribute(el, 'data-footnote-backref') !== undefined)) {
        // The space marked-footnote put before its back-link goes with it.
        const before = back.parentNode?.childNodes[back.parentNode.childNodes.indexOf(back) - 1]
        if (before && isText(before)) before.value = before.value.replace(/\s+$/, '')
        removeNode(back)
      }
      definitions.set((getAttribute(item, 'id') ?? '').replace(/^footnote-/, ''), [...item.childNodes])
    }
    removeNode(area)
  }
  return definitions
}

function parseCites(json: string | undefined): Citation[] {
  try {
    const value: unknown = JSON.parse(json ?? '[]')
    return Array.isArray(value) ? value.filter((c): c is Citation => typeof c?.id === 'string') : []
  } catch {
    return []
  }
}

/** A marker becomes `<sup class="bd-note-ref">1, 2</sup>`; links are left out (on a slide, `#…` would move reveal.js). */
function replaceWithNumber(marker: HtmlElement, numbers: readonly number[]): void {
  const sup = createElement('sup', { class: NOTE_REF_CLASS })
  sup.childNodes.push({ nodeName: '#text', value: numbers.join(','), parentNode: sup })
  const parent = marker.parentNode
  if (!parent) return
  parent.childNodes.splice(parent.childNodes.indexOf(marker), 1, sup)
  sup.parentNode = parent
  marker.parentNode = null
}

/** The footer listing a slide's notes by number; past MAX_NOTES, one line says how many more. */
function footnoteArea(entries: ReadonlyArray<{ number: number; content: HtmlChild[] }>, total: number): HtmlElement {
  const footer = createElement('footer', { class: FOOTNOTES_CLASS })
  const list = createElement('ol')
  appendChild(footer, list)
  for (const { number, content } of entries) {
    const item = createElement('li', { value: String(number) })
    // A one-paragraph footnote is one line of the list; longer ones keep their paragraphs.
    const blocks = content.filter((node) => !(isText(node) && node.value.trim() === ''))
    const only = blocks.length === 1 && isElement(blocks[0]) && blocks[0].tagName === 'p' ? blocks[0] : null
    for (const node of only ? [...only.childNodes] : blocks) appendChild(item, node)
    appendChild(list, item)
  }
  if (total > entries.length) {
    const more = createElement('li', { class: 'bd-footnotes-more' })
    more.childNodes.push({ nodeName: '#text', value: `and ${total - entries.length} more notes, not shown`, parentNode: more })
    appendChild(list, more)
  }
  setAttribute(footer, 'aria-label', 'Notes')
  return footer
}
