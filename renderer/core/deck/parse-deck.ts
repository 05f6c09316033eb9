import render from 'dom-serializer'
import { Document, Element, type ParentNode } from 'domhandler'
import { DomUtils, parseDocument } from 'htmlparser2'
import { applyAttributeComments } from '../html/apply-attribute-comments'
import type { ResolveAsset } from '../html/asset-url'
import { type SanitizeFinding, sanitizeTree } from '../html/sanitize-tree'
import { type RenderMarkdown, createMarkdown } from '../markdown/create-markdown'
import type { Deck, Diagnostic, ParsedDeck, Slide } from './deck'
import { parseFrontMatter } from './front-matter'
import { deckStem } from './deck-files'
import { findExcessiveNesting } from './nesting-limit'
import { resolveSeparators } from './separators'
import { type SlideSource, splitSlides } from './split-slides'

export interface ParseDeckOptions {
  /** The deck's path as the user should see it in messages; default `deck.md`. */
  file?: string
  /** Resolves local images and backgrounds; without it their paths are kept as written. */
  resolveAsset?: ResolveAsset
}

const HEADING = /^h[1-6]$/

/**
 * Compiles a Markdown deck into a deck model: front matter, then slides split on reveal.js's
 * separators with their notes, attributes and sanitised HTML. Problems in the Markdown come back as
 * diagnostics, never as exceptions, and a deck is always returned.
 */
export function parseDeck(source: string, options: ParseDeckOptions = {}): ParsedDeck {
  const file = options.file ?? 'deck.md'
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const front = parseFrontMatter(text, file)
  const diagnostics: Diagnostic[] = [...front.diagnostics]
  const { separators, diagnostics: separatorDiagnostics } = resolveSeparators(front.meta, front.keyLines, file)
  diagnostics.push(...separatorDiagnostics)
  const split = splitSlides(front.body, front.bodyLine, separators, file)
  diagnostics.push(...split.diagnostics)

  const markdown = createMarkdown()
  const context = { file, resolveAsset: options.resolveAsset, diagnostics }
  const slides = split.slides.map((source, index) => renderSlideSafely(source, index, markdown, context))
  const deck: Deck = {
    file,
    meta: front.meta,
    metaLines: front.keyLines,
    title: front.meta.title ?? slides.find((s) => s.title)?.title ?? deckStem(file),
    slides,
  }
  return { deck, diagnostics }
}

interface SlideContext {
  file: string
  resolveAsset?: ResolveAsset
  diagnostics: Diagnostic[]
}

/**
 * Renders a slide, or, when its Markdown nests too deeply to render safely, an empty slide and an
 * error at the offending line: a hostile deck gets a message, not a hang or a stack overflow.
 */
function renderSlideSafely(source: SlideSource, index: number, markdown: RenderMarkdown, context: SlideContext): Slide {
  const fail = (line: number, reason: string): Slide => {
    context.diagnostics.push({ code: 'E_TOO_DEEP', severity: 'error', file: context.file, line, message: `this slide nests too deeply to render (${reason})` })
    return renderSlide({ ...source, body: '', notes: '' }, index, markdown, context)
  }
  for (const [text, first] of [[source.body, source.bodyLine], [source.notes, source.notesLine]] as const) {
    const deep = findExcessiveNesting(text.split('\n'))
    if (deep) return fail(first + deep.index, deep.reason)
  }
  try {
    return renderSlide(source, index, markdown, context)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    return fail(source.startLine, 'its HTML or Markdown is nested thousands of levels deep')
  }
}

function renderSlide(source: SlideSource, index: number, markdown: RenderMarkdown, context: SlideContext): Slide {
  const report = (text: string, firstLine: number) => (finding: SanitizeFinding): void => {
    context.diagnostics.push({
      code: finding.code, severity: 'warning', file: context.file,
      line: lineOf(text, finding.needle, firstLine), message: finding.message,
    })
  }
  const section = toTree(markdown(source.body))
  applyAttributeComments(section)
  sanitizeTree(section.parent as ParentNode, { resolveAsset: context.resolveAsset, report: report(source.body, source.bodyLine) })

  const notesTree = toTree(source.notes === '' ? '' : markdown(source.notes))
  sanitizeTree(notesTree, { resolveAsset: context.resolveAsset, report: report(source.notes, source.notesLine) })
  // reveal.js decks written as HTML keep notes in <aside class="notes">: they are notes here too.
  const asides = DomUtils.findAll((el) => el.name === 'aside' && (el.attribs.class ?? '').split(/\s+/).includes('notes'), section.children)
  const asideText = asides.map((aside) => collapse(DomUtils.textContent(aside)))
  for (const aside of asides) {
    for (const child of [...aside.children]) DomUtils.appendChild(notesTree, child)
    DomUtils.removeElement(aside)
  }

  const heading = DomUtils.findOne((node) => HEADING.test(node.name), section.children, true)
  return {
    index,
    h: source.h,
    v: source.v,
    startLine: source.startLine,
    endLine: source.endLine,
    markdown: source.body,
    html: serialize(section),
    notes: [source.notes, ...asideText].filter(Boolean).join('\n\n'),
    notesHtml: serialize(notesTree),
    attributes: { ...section.attribs },
    title: heading ? collapse(DomUtils.textContent(heading)) : '',
    text: collapse(DomUtils.textContent(section)),
  }
}

/** Parses HTML into a `<section>` inside a document, so the section itself is sanitised too. */
function toTree(html: string): Element {
  const parsed = parseDocument(html, { decodeEntities: true })
  const section = new Element('section', {})
  for (const child of [...parsed.children]) DomUtils.appendChild(section, child)
  DomUtils.appendChild(new Document([]), section)
  return section
}

function serialize(node: ParentNode): string {
  return render(node.children, { encodeEntities: 'utf8' }).trim()
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The file line of the first source line containing `needle`, or the slide's first line. */
function lineOf(text: string, needle: string, firstLine: number): number {
  const lines = text.toLowerCase().split('\n')
  const wanted = needle.toLowerCase()
  const at = lines.findIndex((line) => line.includes(wanted))
  return firstLine + (at === -1 ? 0 : at)
}
