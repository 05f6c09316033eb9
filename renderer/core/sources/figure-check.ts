import type { Deck, Diagnostic, Slide } from '../deck/deck'
import { type HtmlNode, getAttribute, hasClass, isElement, isText, parseHtml } from '../html/html-tree'
import { type Figure, figureKey, findFigures } from './figures'
import { FOOTNOTES_CLASS, NOTE_REF_CLASS } from './slide-notes'

/** What the figure check knows of a source's local copy: its figures and words, indexed once. */
export interface SourceIndex {
  /** The file as the deck names it, for messages. */
  file: string
  figures: Figure[]
  /** The figures by unit, one per value (its first occurrence), in order of value: the closest is found by bisection. */
  byUnit: Map<string, Figure[]>
  keys: Set<string>
  mantissas: Set<number>
  /** The text's words, lower case, each between single spaces: a quote is found with one search. */
  words: string
}

/** A source's text is read up to this many characters (a few hundred pages): the check's work is bounded whatever the file. */
export const MAX_SOURCE_CHARACTERS = 4_000_000
/** Figures and quotes checked on one slide: a slide with more is a table of data, better checked at its source. */
const MAX_CHECKS_PER_SLIDE = 200
/** Figures and quotes checked in one deck: past this the check stops, says so, and the rest go unchecked. */
export const MAX_CHECKS_PER_DECK = 2000
/** Words in quotation marks are a quote to check from this many words on (shorter ones are terms and titles). */
const MIN_QUOTE_WORDS = 3
const MAX_QUOTE_CHARACTERS = 600
/**
 * Elements whose text is no reading: code is the author's example; a drawing's labels (a chart's, a
 * diagram's: SVG) come from its own data, and a formula's figures are the formula's; the rest is not shown.
 */
const SKIPPED_ELEMENTS = new Set(['pre', 'code', 'style', 'script', 'template', 'noscript', 'svg', 'math'])
/** Elements whose text runs on into the next without a break: everything else separates words. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr'])

/** Indexes a source's text for the check (its first MAX_SOURCE_CHARACTERS). */
export function indexSource(text: string, file: string): SourceIndex {
  const read = text.slice(0, MAX_SOURCE_CHARACTERS)
  const figures = findFigures(read)
  return { file, figures, byUnit: byUnit(figures), keys: new Set(figures.map(figureKey)), mantissas: new Set(figures.map((f) => f.mantissa)), words: ` ${toWords(read)} ` }
}

function byUnit(figures: readonly Figure[]): Map<string, Figure[]> {
  const units = new Map<string, Map<number, Figure>>()
  for (const figure of figures) {
    let values = units.get(figure.unit)
    if (!values) units.set(figure.unit, (values = new Map()))
    if (!values.has(figure.value)) values.set(figure.value, figure)
  }
  return new Map([...units].map(([unit, values]) => [unit, [...values.values()].sort((a, b) => a.value - b.value)]))
}

/**
 * The figure check: on every slide that cites a source with a local copy, each figure (a currency
 * amount, a percentage, a count, a year, a quantity with its unit) must be in one of the copies it
 * cites, compared after normalising (see figures.ts), and so must words in quotation marks. What is
 * marked `data-derived` (an element, or a whole slide) is the briefing's own working and is skipped.
 * Each miss is a warning at the line that writes it, with the closest figure the sources have.
 */
export function checkFigures(deck: Pick<Deck, 'file' | 'slides'>, indexes: ReadonlyMap<string, SourceIndex>): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  let budget = MAX_CHECKS_PER_DECK
  for (const slide of deck.slides) {
    // What the slide cites, not its notes: the notes' own figures are the speaker's to say.
    const cited = [...new Set(slide.citations.filter((c) => c.where !== 'notes').map((c) => c.id))].flatMap((id) => {
      const index = indexes.get(id)
      return index ? [{ id, index }] : []
    })
    if (cited.length === 0 || slide.attributes['data-derived'] !== undefined) continue
    const text = readableText(slide.html)
    const lines = lineFinder(slide)
    const names = cited.map(({ id, index }) => `\`${id}\` (${index.file})`).join(' or ')
    const warn = (code: 'W_FIGURE' | 'W_QUOTE', written: string, message: string): void => {
      diagnostics.push({ code, severity: 'warning', file: deck.file, line: lines(written), message: `slide ${slide.backup ?? slide.index + 1}: ${message}` })
    }
    const figures = findFigures(text, MAX_CHECKS_PER_SLIDE)
    const quotes = findQuotes(text).slice(0, MAX_CHECKS_PER_SLIDE)
    if (figures.length + quotes.length > budget) {
      diagnostics.push({
        code: 'W_FIGURE', severity: 'warning', file: deck.file, line: slide.startLine,
        message: `slide ${slide.backup ?? slide.index + 1}: the figure check stops here, after ${MAX_CHECKS_PER_DECK - budget} figures and quotes (at most ${MAX_CHECKS_PER_DECK} a deck); the rest are not checked`,
      })
      break
    }
    budget -= figures.length + quotes.length
    for (const figure of figures) {
      if (cited.some(({ index }) => hasFigure(index, figure))) continue
      const closest = closestFigure(figure, cited.map(({ index }) => index))
      warn('W_FIGURE', figure.text, `${figure.text} is not in ${names}${closest ? `; the closest figure there is ${closest.text}` : ''}`)
    }
    for (const quote of quotes) {
      if (cited.some(({ index }) => index.words.includes(` ${toWords(quote)} `))) continue
      warn('W_QUOTE', quote.split(/\s+/).slice(0, 4).join(' '), `the quotation “${quote.length > 80 ? `${quote.slice(0, 77)}…` : quote}” is not, word for word, in ${names}`)
    }
  }
  return diagnostics
}

/** Whether a source has a figure: the same value in the same unit, or, for a bare number, the same number in any unit. */
function hasFigure(index: SourceIndex, figure: Figure): boolean {
  if (index.keys.has(figureKey(figure))) return true
  // The source may give the unit where the slide leaves it out (a chart's axis), or leave it out where the slide gives it.
  if (figure.unit === '') return index.mantissas.has(figure.mantissa) || index.keys.has(figureKey({ unit: '', value: figure.value }))
  return index.keys.has(figureKey({ unit: '', value: figure.value }))
}

/**
 * The source figure nearest to one not found: the same unit first, then the smallest relative
 * difference. Figures are never negative, so in each unit's list (in order of value) the nearest is
 * one of the two around the figure's value: a bisection per unit, not a pass over every figure.
 */
export function closestFigure(figure: Figure, indexes: readonly SourceIndex[]): Figure | null {
  let best: { figure: Figure; score: number } | null = null
  for (const index of indexes) {
    for (const [unit, sorted] of index.byUnit) {
      const at = firstNotBelow(sorted, figure.value)
      for (const candidate of [sorted[at - 1], sorted[at]]) {
        if (!candidate) continue
        const difference = Math.abs(candidate.value - figure.value) / Math.max(Math.abs(candidate.value), Math.abs(figure.value), 1e-9)
        const score = (unit === figure.unit ? 0 : 1) + Math.min(difference, 0.999)
        if (best === null || score < best.score) best = { figure: candidate, score }
      }
    }
  }
  return best?.figure ?? null
}

/** The index of the first figure whose value is not below `value` (the list's length when none). */
function firstNotBelow(sorted: readonly Figure[], value: number): number {
  let [low, high] = [0, sorted.length]
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sorted[middle].value < value) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * HTML's text as a reader reads it, words apart where blocks are (a table's cells, a list's items), less
 * what the check skips: note numbers, a footnote area, code, scripts and what is marked data-derived.
 * The figure check reads slides with it, and the loader an HTML source.
 */
export function readableText(html: string): string {
  let text = ''
  const stack: HtmlNode[] = [...parseHtml(html).childNodes].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode | 'gap'
    if (node === 'gap') {
      text += ' '
      continue
    }
    if (isText(node)) {
      text += node.value
      continue
    }
    if (!isElement(node)) continue
    if (skipped(node)) continue
    if (!INLINE.has(node.tagName)) (stack as Array<HtmlNode | 'gap'>).push('gap')
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i])
  }
  return text.replace(/\s+/g, ' ')
}

function skipped(element: HtmlNode & { tagName: string }): boolean {
  if (!isElement(element)) return false
  return getAttribute(element, 'data-derived') !== undefined || hasClass(element, FOOTNOTES_CLASS) || hasClass(element, NOTE_REF_CLASS)
    || hasClass(element, 'katex') || SKIPPED_ELEMENTS.has(element.tagName)
}

/** Words in double quotation marks (“…” or "…"), of MIN_QUOTE_WORDS words or more. */
function findQuotes(text: string): string[] {
  const quotes: string[] = []
  const pattern = /[“"]([^“”"]{1,600})[”"]/g
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const quote = match[1].trim()
    if (quote.length <= MAX_QUOTE_CHARACTERS && toWords(quote).split(' ').length >= MIN_QUOTE_WORDS) quotes.push(quote)
  }
  return quotes
}

/** Lower-case words, one space apart: punctuation and the kind of apostrophe, dash or space do not count. */
function toWords(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').replace(/(^| )'+|'+( |$)/g, ' ').replace(/ +/g, ' ').trim()
}

/**
 * Finds the file line that writes a figure or quote on a slide: the first line of its Markdown, from
 * the last one found on, holding the text (or its number). Falls back to the slide's first line.
 */
function lineFinder(slide: Slide): (written: string) => number {
  const lines = slide.markdown.split('\n')
  let from = 0
  return (written) => {
    const probes = [written, written.replace(/^\D+/, '').split(/\s/)[0]]
    // From the last line found on, then from the top: the same figure twice is found at its second line.
    const order = [...lines.keys()].slice(from).concat([...lines.keys()].slice(0, from))
    for (const probe of probes) {
      const i = probe ? order.find((n) => lines[n].includes(probe)) : undefined
      if (i === undefined) continue
      from = i
      return slide.startLine + i
    }
    return slide.startLine
  }
}
