import type { ResolveAsset } from '../html/asset-url'
import { type RenderMarkdown, createMarkdown } from '../markdown/create-markdown'
import { checkNotesLength } from '../present/notes-length'
import type { Deck, Diagnostic, ParsedDeck, Slide } from './deck'
import { deckStem } from './deck-files'
import { deckScopeClass } from './deck-scope'
import { parseFrontMatter } from './front-matter'
import { findExcessiveNesting } from './nesting-limit'
import { type SlideContext, renderSlide } from './render-slide'
import { resolveSeparators } from './separators'
import { type SlideSource, splitSlides } from './split-slides'
import { type BriefDefaults, briefSlides, deckBrief, withDefaults } from '../brief/deck-brief'
import { FULL_DECK, type Removal, type Variant } from '../brief/variant'
import { placeSourcesSlides } from '../sources/sources-annex'
import { type Source, mergeSources, readSources } from '../sources/sources'
import { unusedSources } from '../sources/unused-sources'

export interface ParseDeckOptions {
  /** The deck's path as the user should see it in messages; default `deck.md`. */
  file?: string
  /** Resolves local images and backgrounds; without it their paths are kept as written. */
  resolveAsset?: ResolveAsset
  /** Slides rendered by the previous compile of this deck, reused where unchanged (see SlideMemo). */
  memo?: SlideMemo
  /** The folder's briefing settings (`briefing.yml`), which the deck's front matter overrides. */
  defaults?: BriefDefaults
  /** The cut to make (audience, notes, backup slides); default: the whole deck. */
  variant?: Variant
  /** The folder's sources (`briefing.yml`), which the deck may cite as well as its own. */
  folderSources?: readonly Source[]
}

/**
 * Rendered slides kept from one compile of a deck to the next, for an editor that compiles on every
 * keystroke: a slide whose Markdown and notes are unchanged is not rendered again, even if it moved.
 * A slide renders the same wherever it is (only its line numbers move), so this is exact. It holds
 * for one `file` and one `resolveAsset`: give a new memo when either changes.
 */
export interface SlideMemo {
  slides: Map<string, { slide: Slide; diagnostics: Diagnostic[]; removals: Removal[] }>
}

/** An empty SlideMemo. */
export function createSlideMemo(): SlideMemo {
  return { slides: new Map() }
}

/** A slide's Markdown, and its notes', may be this long: Markdown renders some inputs in quadratic time, and no slide needs more. */
export const MAX_SLIDE_MARKDOWN = 32 * 1024
/** Compiling stops with an error after this long, wherever it is, so no deck can hang a command or the server. */
export const COMPILE_BUDGET_MS = 15_000

/**
 * Compiles a Markdown deck into a deck model: front matter, then slides split on reveal.js's
 * separators with their notes, attributes and sanitised HTML. Problems in the Markdown come back as
 * diagnostics, never as exceptions, and a deck is always returned.
 */
export function parseDeck(source: string, options: ParseDeckOptions = {}): ParsedDeck {
  const steps = compileSteps(source, options)
  let step = steps.next()
  while (!step.done) step = steps.next()
  return step.value
}

/**
 * The same as parseDeck, giving way to `pause` between slides, so the host stays responsive
 * (Ctrl+C, other requests) while a long deck compiles: no slide takes long on its own.
 */
export async function parseDeckAsync(source: string, options: ParseDeckOptions, pause: () => Promise<void>): Promise<ParsedDeck> {
  const steps = compileSteps(source, options)
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value
    await pause()
  }
}

/** The compile, one slide a step. */
function* compileSteps(source: string, options: ParseDeckOptions): Generator<void, ParsedDeck> {
  const file = options.file ?? 'deck.md'
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const front = parseFrontMatter(text, file)
  front.meta = withDefaults(front.meta, options.defaults)
  const diagnostics: Diagnostic[] = [...front.diagnostics]
  const variant = options.variant ?? FULL_DECK
  const removals: Removal[] = []
  const brief = deckBrief(front.meta, variant, { file, lineOf: (key) => front.keyLines[key] ?? 1, diagnostics })
  // A cut for one audience names no other: the declared list stays with the author's copy.
  if (variant.audience !== undefined) delete front.meta.audiences
  const { separators, diagnostics: separatorDiagnostics } = resolveSeparators(front.meta, front.keyLines, file)
  diagnostics.push(...separatorDiagnostics)
  const split = splitSlides(front.body, front.bodyLine, separators, file)
  diagnostics.push(...split.diagnostics)

  const declared = readSources(front.meta.sources, { file, line: front.keyLines.sources ?? 1 })
  diagnostics.push(...declared.diagnostics)
  const sources = mergeSources(options.folderSources ?? [], declared.sources)
  // A slide's footnote area shows its sources' references: they are part of what a memoised slide was rendered with.
  const sourcesKey = JSON.stringify(sources)

  const markdown = createMarkdown()
  const scope = deckScopeClass(file)
  const context: SlideContext = { file, scope: `.${scope}`, resolveAsset: options.resolveAsset, diagnostics, brief, removals, sources: new Map(sources.map((s) => [s.id, s])) }
  const rendered: Slide[] = []
  const kept: SlideMemo['slides'] = new Map()
  const deadline = Date.now() + COMPILE_BUDGET_MS
  for (const [index, slide] of split.slides.entries()) {
    if (Date.now() > deadline) {
      diagnostics.push({ code: 'E_TOO_SLOW', severity: 'error', file, line: slide.startLine, message: `compiling took longer than ${COMPILE_BUDGET_MS / 1000} s and stopped at this slide; split the deck or simplify its slides` })
      break
    }
    rendered.push(options.memo ? renderMemoised(slide, index, markdown, context, options.memo, kept, sourcesKey) : renderSlideSafely(slide, index, markdown, context))
    yield
  }
  const briefed = briefSlides(rendered, { text: front.body, firstLine: front.bodyLine }, front.meta, variant, file, removals)
  const { marking } = briefed
  // The generated Sources slides list what the slides the variant kept cite, numbered as they are shown.
  const slides = placeSourcesSlides(briefed.slides, context.sources)
  diagnostics.push(...unusedSources(declared.sources, slides, { file, line: front.keyLines.sources ?? 1 }))
  // `fit: shrink` is every slide's `data-fit`, so each view reads one attribute; `data-fit="none"` opts a slide out.
  if (front.meta.fit === 'shrink') for (const slide of slides) slide.attributes['data-fit'] ??= ''
  // Only this compile's slides are kept: the memo never grows past one deck.
  if (options.memo) options.memo.slides = kept
  const deck: Deck = {
    file,
    meta: front.meta,
    metaLines: front.keyLines,
    title: front.meta.title ?? slides.find((s) => s.title)?.title ?? deckStem(file),
    scope,
    slides,
    marking,
    sources,
  }
  diagnostics.push(...checkNotesLength(deck))
  return { deck, diagnostics, removals }
}

/** Renders a slide, or takes it from the memo moved to where it now is, with its diagnostics. */
function renderMemoised(source: SlideSource, index: number, markdown: RenderMarkdown, context: SlideContext, memo: SlideMemo, kept: SlideMemo['slides'], sourcesKey: string): Slide {
  // A slide renders the same for the same brief (markings, the variant) and sources: they are part of the key.
  const { scheme, defaultMarking, requireMarkings, audiences, variant } = context.brief
  const key = `${JSON.stringify([scheme.levels, defaultMarking, requireMarkings, audiences, variant])}\u0000${sourcesKey}\u0000${source.body}\u0000${source.notes}`
  const known = memo.slides.get(key) ?? kept.get(key)
  if (known) {
    const shift = source.startLine - known.slide.startLine
    const diagnostics = known.diagnostics.map((d) => ({ ...d, line: d.line + shift }))
    const removals = known.removals.map((r) => ({ ...r, line: r.line + shift }))
    context.diagnostics.push(...diagnostics)
    context.removals.push(...removals)
    const slide = { ...known.slide, index, h: source.h, v: source.v, startLine: source.startLine, endLine: source.endLine }
    kept.set(key, { slide, diagnostics, removals })
    return slide
  }
  const before = { diagnostics: context.diagnostics.length, removals: context.removals.length }
  const slide = renderSlideSafely(source, index, markdown, context)
  kept.set(key, { slide, diagnostics: context.diagnostics.slice(before.diagnostics), removals: context.removals.slice(before.removals) })
  return slide
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
  for (const [text, first, what] of [[source.body, source.bodyLine, 'slide'], [source.notes, source.notesLine, 'speaker notes']] as const) {
    const deep = findExcessiveNesting(text.split('\n'))
    if (deep) return fail(first + deep.index, deep.reason)
    if (text.length > MAX_SLIDE_MARKDOWN) {
      context.diagnostics.push({
        code: 'E_TOO_LARGE', severity: 'error', file: context.file, line: first,
        message: `this ${what} is ${Math.ceil(text.length / 1024)} KiB of Markdown, more than a slide can hold (${MAX_SLIDE_MARKDOWN / 1024} KiB); split it`,
      })
      return renderSlide({ ...source, body: '', notes: '' }, index, markdown, context)
    }
  }
  try {
    return renderSlide(source, index, markdown, context)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    return fail(source.startLine, 'its HTML or Markdown is nested thousands of levels deep')
  }
}
