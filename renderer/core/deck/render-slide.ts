import { collectBlocks } from '../blocks/collect-blocks'
import { type AttributeOrigins, applyAttributeComments } from '../html/apply-attribute-comments'
import type { ResolveAsset } from '../html/asset-url'
import { escapeHtml } from '../html/escape-html'
import {
  type HtmlElement, textContent, type HtmlFragment, type HtmlNode, appendChild, attributesOf, createElement, findAll, getAttribute,
  hasClass, isElement, isText, parseHtml, removeAttribute, removeNode, serializeHtml, walk,
} from '../html/html-tree'
import { mathFacesOf } from '../html/math-faces'
import { type SanitizeFinding, sanitizeTree, settleHtml } from '../html/sanitize-tree'
import type { RenderMarkdown } from '../markdown/create-markdown'
import { MAX_EMPHASIS_MARKS, limitEmphasis } from '../markdown/emphasis-limit'
import type { Diagnostic, Slide } from './deck'
import { findFragmentTraps } from './fragment-traps'
import { type DeckBrief, briefSlide, cutForAudience } from '../brief/slide-brief'
import type { Removal } from '../brief/variant'
import { sourceLines } from './source-lines'
import { NOTE_REF_CLASS, citeInNotes, noteSlide, notesReferences } from '../sources/slide-notes'
import type { Source } from '../sources/sources'
import type { SlideSource } from './split-slides'

export interface SlideContext {
  file: string
  /** A selector for the deck's root, that the deck's `<style>` is confined to. */
  scope: string
  resolveAsset?: ResolveAsset
  diagnostics: Diagnostic[]
  /** Markings and the variant being made; what the variant leaves out is added to `removals`. */
  brief: DeckBrief
  removals: Removal[]
  /** The sources `[@id]` may cite, by id. */
  sources: ReadonlyMap<string, Source>
}

/** A slide reports at most this many HTML problems one by one; more are counted in one line. */
const MAX_FINDINGS = 20
const HEADING = /^h[1-6]$/

/**
 * Renders one slide: its Markdown to HTML, parsed as a browser would, reveal.js attribute comments
 * applied, sanitised; its notes likewise. Each problem names the source line it comes from.
 */
export function renderSlide(source: SlideSource, index: number, markdown: RenderMarkdown, context: SlideContext): Slide {
  const tooMuch = (line: number) => () => void context.diagnostics.push({
    code: 'W_TOO_COMPLEX', severity: 'warning', file: context.file, line,
    message: `more than ${MAX_EMPHASIS_MARKS} * and _ marks: they are shown as typed, not as emphasis (emphasis pairs take time that grows with the square of their number)`,
  })
  const body = renderTree(source.body, source.bodyLine, markdown, tooMuch(source.bodyLine))
  const section = createElement('section')
  for (const child of [...body.fragment.childNodes]) appendChild(section, child)
  appendChild(body.fragment, section)
  const origins = applyAttributeComments(section)
  // reveal.js shows a slide's data-notes in its speaker view as HTML: here they are notes, as text.
  const dataNotes = getAttribute(section, 'data-notes')
  removeAttribute(section, 'data-notes')
  const findings = collectFindings(context, source.startLine)
  for (const trap of findFragmentTraps(origins)) {
    context.diagnostics.push({ code: 'W_FRAGMENT_TRAP', severity: 'warning', file: context.file, line: body.lineOf(offsetOf(trap.comment)), message: trap.message })
  }
  const resolvedUrls = new Set<string>()
  const resolveAsset: ResolveAsset | undefined = context.resolveAsset && ((path) => {
    const resolution = context.resolveAsset!(path)
    if (resolution.ok) resolvedUrls.add(resolution.url)
    return resolution
  })
  sanitizeTree(body.fragment, { resolveAsset, scope: context.scope, report: findings.add((node, attribute) => body.lineOf(originOffset(origins, node, attribute))) })
  const marking = briefSlide(section, context.brief, {
    file: context.file, slideLine: source.startLine, diagnostics: context.diagnostics, removals: context.removals,
    lineOf: (element, attribute) => body.lineOf(originOffset(origins, element, attribute)),
  })
  // After the brief: a chart or diagram for another audience is gone, and is neither drawn nor reported.
  const blocks = collectBlocks(section, { file: context.file, slideLine: source.startLine, diagnostics: context.diagnostics, lineOf: (element) => body.lineOf(offsetOf(element)) })
  // Numbered after the variant's cut: a block the audience does not get cites nothing.
  const citations = noteSlide(section, context.sources, { file: context.file, diagnostics: context.diagnostics, lineOf: (element) => body.lineOf(originOffset(origins, element)) })

  // A variant without notes never renders them: they cannot reach any output.
  const keepNotes = context.brief.variant.notes
  const notes = renderTree(keepNotes ? source.notes : '', source.notesLine, markdown, tooMuch(source.notesLine))
  sanitizeTree(notes.fragment, { resolveAsset, scope: context.scope, report: findings.add((node) => notes.lineOf(offsetOf(node))) })
  // Notes can hold HTML tagged for an audience too: the cut applies to them as to the slide.
  const removalsBefore = context.removals.length
  cutForAudience(notes.fragment, context.brief, { file: context.file, removals: context.removals, lineOf: (element) => notes.lineOf(offsetOf(element)) })
  // The notes' text (word counts, fonts) is then what the cut left, not the source with the block in it.
  const notesSource = context.removals.length > removalsBefore ? collapse(textContent(notes.fragment)) : source.notes
  findings.flush()
  if (keepNotes) {
    citations.push(...citeInNotes(notes.fragment, context.sources, { file: context.file, diagnostics: context.diagnostics, lineOf: (element) => notes.lineOf(offsetOf(element)) }))
    for (const node of notesReferences(citations, context.sources)) appendChild(notes.fragment, node)
  }
  // reveal.js decks written as HTML keep notes in <aside class="notes">: they are notes here too.
  const asides = findAll(section, (el) => el.tagName === 'aside' && hasClass(el, 'notes'))
  const asideText = asides.map((aside) => collapse(visibleText(aside)))
  for (const aside of asides) {
    for (const child of [...aside.childNodes]) appendChild(notes.fragment, child)
    removeNode(aside)
  }
  if (!keepNotes && (source.notes.trim() !== '' || asides.length > 0 || dataNotes)) {
    context.removals.push({ kind: 'notes', file: context.file, line: source.notes.trim() !== '' ? source.notesLine : source.startLine, what: collapse(source.notes || asideText.join(' ') || (dataNotes ?? '')).slice(0, 60) })
  }
  const notesHtml = keepNotes ? settleHtml(serializeHtml(notes.fragment).trim(), { resolvedUrls, scope: context.scope }) + (dataNotes ? `<p>${escapeHtml(dataNotes)}</p>` : '') : ''
  const heading = findAll(section, (el) => HEADING.test(el.tagName))[0]
  return {
    index,
    h: source.h,
    v: source.v,
    startLine: source.startLine,
    endLine: source.endLine,
    markdown: source.body,
    marking,
    backup: null,
    html: settleHtml(serializeHtml(section).trim(), { resolvedUrls, scope: context.scope }),
    notes: keepNotes ? [notesSource, ...asideText, dataNotes ?? ''].filter(Boolean).join('\n\n') : '',
    notesHtml,
    attributes: attributesOf(section),
    title: heading ? collapse(visibleText(heading)) : '',
    text: collapse(visibleText(section)),
    codeText: findAll(section, (el) => el.tagName === 'code').map(visibleText).join(''),
    hasCodeBlock: findAll(section, (el) => el.tagName === 'pre' && el.childNodes.some((c) => isElement(c) && c.tagName === 'code')).length > 0,
    hasItalic: [section, notes.fragment].some((root) => findAll(root, (el) => el.tagName === 'em' || el.tagName === 'i').length > 0),
    mathFaces: mathFacesOf(section),
    blocks,
    citations,
  }
}

/** Markdown rendered and parsed with node locations, and the way from a node's offset to its source line. */
function renderTree(text: string, firstLine: number, markdown: RenderMarkdown, tooMuch?: () => void): { fragment: HtmlFragment; lineOf: (offset: number | undefined) => number } {
  if (text === '') return { fragment: parseHtml(''), lineOf: () => firstLine }
  const limited = limitEmphasis(text)
  if (limited !== null) tooMuch?.()
  const rendered = markdown(limited ?? text)
  return { fragment: parseHtml(rendered.html, { locations: true }), lineOf: sourceLines(rendered, firstLine) }
}

function offsetOf(node: HtmlNode, attribute?: string): number | undefined {
  const location = (node as { sourceCodeLocation?: { startOffset: number; attrs?: Record<string, { startOffset: number }> } | null }).sourceCodeLocation
  return (attribute ? location?.attrs?.[attribute]?.startOffset : undefined) ?? location?.startOffset
}

/** An attribute set by a `<!-- .element -->` or `<!-- .slide -->` comment is located at that comment. */
function originOffset(origins: AttributeOrigins, node: HtmlNode, attribute?: string): number | undefined {
  const comment = attribute && isElement(node) ? origins.get(node)?.get(attribute) : undefined
  return comment ? offsetOf(comment) : offsetOf(node, attribute)
}

/** Collects a slide's sanitiser findings as diagnostics, the first MAX_FINDINGS one by one. */
function collectFindings(context: SlideContext, slideLine: number) {
  let count = 0
  return {
    add: (lineOf: (node: HtmlNode, attribute?: string) => number) => (finding: SanitizeFinding): void => {
      count++
      if (count > MAX_FINDINGS) return
      const severity = finding.code.startsWith('E_') ? 'error' : 'warning'
      context.diagnostics.push({ code: finding.code, severity, file: context.file, line: lineOf(finding.node, finding.attribute), message: finding.message })
    },
    flush: (): void => {
      if (count <= MAX_FINDINGS) return
      context.diagnostics.push({
        code: 'W_UNSAFE_HTML', severity: 'warning', file: context.file, line: slideLine,
        message: `and ${count - MAX_FINDINGS} more HTML problems on this slide, not listed one by one`,
      })
    },
  }
}

/** The text a reader sees: style sheets are not text, and a note's number is no word of a title. */
function visibleText(root: HtmlElement): string {
  let text = ''
  const skipped = new Set(findAll(root, (el) => el.tagName === 'style' || (el.tagName === 'sup' && hasClass(el, NOTE_REF_CLASS))))
  walk(root, (node) => {
    if (isText(node) && !(node.parentNode && isElement(node.parentNode) && skipped.has(node.parentNode))) text += node.value
  })
  return text
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
