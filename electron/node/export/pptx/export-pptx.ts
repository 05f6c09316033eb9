import type PptxGenJS from 'pptxgenjs'
import type { Deck, Diagnostic, Slide } from '../../../../renderer/core/deck/deck'
import { BriefdeckError } from '../../../../renderer/core/errors'
import { coverLines } from '../../../../renderer/core/print/book-pages'
import type { BookInfo } from '../../../../renderer/core/print/print-document'
import { type SlideChrome, slideChrome } from '../../../../renderer/core/brief/slide-chrome'
import { splitBackground } from '../../../../renderer/core/slide/static-slide'
import { sourcesAnnex } from '../../../../renderer/core/sources/sources-annex'
import { composeDeckStyles } from '../../decks/deck-styles'
import { type LoadedBriefing, loadBriefing } from '../../decks/load-decks'
import { requireFromPackage } from '../../files/app-paths'
import { assertNoDeckErrors, assertStrict } from '../assert-no-deck-errors'
import { codeHighlighter } from '../code-highlighter'
import { checkDeckSources } from '../../sources/check-sources'
import type { ExportPorts, ExportReport, ExportRequest } from '../export-briefing'
import type { Printer } from '../printer'
import { type CodeTheme, toCodeTheme } from './code-runs'
import { drawPictures } from './element-pictures'
import { type SlideFinish, finishPptx } from './finish-pptx'
import { dataUrlBytes, imageSize } from './image-size'
import { toNotesText } from './notes-text'
import { type DrawnPicture, type SizedBlock, placeBlocks, placeFootnotes, titleScale } from './place-blocks'
import { type PptxLook, toHex, toPptxLook } from './pptx-look'
import { type Block, type PictureBlock, type SlideBlocks, toSlideBlocks } from './slide-blocks'
import { GEOMETRY, LAYOUTS, type LayoutName, SHAPE_NAMES, defineSlideMasters, titlePx, toInches, toPoints } from './slide-masters'
import { addSlideShapes, toTextProps } from './slide-shapes'

/** At most this many elements become pictures in one export: each is drawn by the browser. */
export const MAX_PICTURES = 500

/** One slide of the presentation to write: where it came from, its section, layout and content. */
export interface PlannedSlide {
  /** The deck file (as the user named it) and the slide's first line, for diagnostics. */
  file: string
  line: number
  /** The deck's scope class, which its own `<style>` applies under when an element is drawn. */
  scope: string
  section: string
  layout: LayoutName
  content: SlideBlocks
  notes: string[]
  /** The slide's own text scale: `bd-sources` slides are set at 0.75. */
  base: number
  background: { color?: string; image?: string; dark: boolean | null }
  /** The slide's marking banners and draft stamp, as every other output draws them. */
  chrome: SlideChrome
}

/**
 * Passes over the planned slides before they are written, in order. The briefing-engine issue's
 * markings, audience variants, `--no-notes` and backup slides belong here, so that they apply to
 * PowerPoint exactly as to PDF; none exists yet.
 */
export type SlidePass = (slides: PlannedSlide[]) => PlannedSlide[]
export const SLIDE_PASSES: readonly SlidePass[] = []

/**
 * Exports a deck, or a folder as one presentation with a section per deck behind the book's cover,
 * as an editable PowerPoint file: every slide on the deck's master layouts with native text, tables,
 * pictures and notes; fragments as appear animations. The browser is used only to draw pictures.
 */
export async function exportPptx(request: ExportRequest, ports: ExportPorts): Promise<ExportReport> {
  const started = performance.now()
  const source = await loadBriefing(request.input, { assets: 'inline', variant: request.variant, progress: (event) => ports.progress?.({ phase: 'compile', ...event }) })
  const decks = source.decks.map((loaded) => loaded.deck)
  const annex = request.sourcesAnnex ? sourcesAnnex(decks) : null
  const { book } = source
  const extraText = book ? [book.title, ...coverLines(book).map((line) => line.text)].join(' ') : ''
  const { styles, hasCode, diagnostics: styleDiagnostics } = composeDeckStyles({ decks, theme: source.theme, extraText })
  const diagnostics: Diagnostic[] = [...source.diagnostics, ...styleDiagnostics]
  assertNoDeckErrors(diagnostics)
  diagnostics.push(...(await checkDeckSources(source.decks)))

  const look = toPptxLook(styles[0])
  const codeTheme = hasCode ? toCodeTheme(styles[styles.length - 1]) : undefined
  const highlight = await codeHighlighter(decks)
  let slides = planSlides(source, annex, { highlight, codeTheme })
  for (const pass of SLIDE_PASSES) slides = pass(slides)
  ports.progress?.({ phase: 'print', pages: slides.length })

  const drawn = await drawSlidePictures(slides, styles, ports.printer, diagnostics)
  const PptxGen = requireFromPackage('pptxgenjs') as typeof PptxGenJS
  const pptx = new PptxGen()
  defineSlideMasters(pptx, look)
  const first = decks[0].meta
  pptx.title = book?.title ?? decks[0].title
  pptx.author = book?.author ?? first.author ?? ''
  pptx.subject = book?.subtitle ?? first.subtitle ?? first.description ?? `Briefing: ${pptx.title}`
  const finishes = writeSlides(pptx, slides, { look, codeTheme, drawn, diagnostics })
  // pptxgenjs stores its parts uncompressed; finishPptx compresses them once, as it rewrites them.
  const raw = await pptx.write({ outputType: 'uint8array', compression: false }) as Uint8Array
  const bytes = finishPptx(raw, finishes, look)
  assertStrict(diagnostics, request.strict)
  ports.progress?.({ phase: 'write', output: request.output })
  await ports.write(request.output, bytes)
  return {
    outputs: [request.output], pages: slides.length, bytes: bytes.length, seconds: (performance.now() - started) / 1000,
    decks: decks.length, slides: decks.reduce((n, d) => n + d.slides.length, 0), diagnostics, removals: source.removals,
  }
}

/** The slides of every deck, in sections, behind the book's cover; the Sources annex, when asked for, last. */
function planSlides(source: LoadedBriefing, annex: Deck | null, options: Parameters<typeof toSlideBlocks>[1]): PlannedSlide[] {
  const planned: PlannedSlide[] = []
  const sections = new Set<string>()
  const unique = (name: string): string => {
    let candidate = name.trim() || 'Untitled'
    for (let n = 2; sections.has(candidate); n++) candidate = `${name} (${n})`
    sections.add(candidate)
    return candidate
  }
  if (source.book) planned.push(coverSlide(source.book, unique('Cover'), source.decks[0]?.deck.scope ?? ''))
  for (const deck of [...source.decks.map((loaded) => loaded.deck), ...(annex ? [annex] : [])]) {
    const section = unique(deck.title)
    for (const slide of deck.slides) planned.push(planSlide(slide, deck.file, deck.scope, section, options))
  }
  return planned
}

function planSlide(slide: Slide, file: string, scope: string, section: string, options: Parameters<typeof toSlideBlocks>[1]): PlannedSlide {
  const content = toSlideBlocks(slide.html, options)
  const classes = (slide.attributes.class ?? '').split(/\s+/)
  const layout = classes.includes('bd-title') || content.titleLevel === 1 ? LAYOUTS.title : LAYOUTS.content
  const { background, dark } = splitBackground(slide.attributes)
  const color = /background-color:([^;]+)/.exec(background)?.[1]
  const gradientColor = /background-image:[^;]*?(#[0-9a-f]{3,8}|rgba?\([^)]*\))/i.exec(background)?.[1]
  const image = /url\("(data:image\/(?:png|jpeg|gif)[^"]*)"\)/i.exec(background)?.[1]
  return {
    file, line: slide.startLine, scope, section, layout, content, notes: toNotesText(slide.notesHtml),
    base: classes.includes('bd-sources') ? 0.75 : 1,
    background: { color: toHex(color ?? gradientColor ?? '') ?? undefined, image, dark },
    chrome: slideChrome(slide.attributes),
  }
}

/** The book's cover: its title, then subtitle, author and date, as the PDF's cover page shows them. */
function coverSlide(book: BookInfo, section: string, scope: string): PlannedSlide {
  const paragraphs = coverLines(book).map(({ text }) => ({ runs: [{ text }], level: 0, bullet: { type: 'none' as const }, role: 'body' as const, step: 0 }))
  return {
    file: book.title, line: 1, scope, section, layout: LAYOUTS.title, notes: [], base: 1, background: { dark: null }, chrome: {},
    content: { title: [{ text: book.title }], titleLevel: 1, blocks: paragraphs.length > 0 ? [{ kind: 'text', paragraphs }] : [], steps: 0 },
  }
}

/** Draws every picture of every slide in one browser page, and reports each element that had no native equivalent. */
async function drawSlidePictures(slides: readonly PlannedSlide[], styles: string[], printer: Printer, diagnostics: Diagnostic[]): Promise<Map<PictureBlock, DrawnPicture>> {
  const jobs = slides.flatMap((slide) => pictures(slide.content.blocks).map((picture) => ({ picture, scope: slide.scope, slide })))
  if (jobs.length > MAX_PICTURES) {
    const { file, line } = jobs[MAX_PICTURES].slide
    throw new BriefdeckError('E_INVALID', `${file}:${line}: more than ${MAX_PICTURES} elements would become pictures; nothing exported`)
  }
  for (const { picture, slide } of jobs) {
    if (picture.reason) diagnostics.push({ code: 'W_AS_PICTURE', severity: 'warning', file: slide.file, line: slide.line, message: `${picture.reason}; exported as a picture` })
  }
  try {
    const shots = await drawPictures(jobs, styles, printer)
    return new Map(jobs.map(({ picture }, i) => [picture, { ...picture, ...shots[i] }]))
  } catch (error) {
    if (!(error instanceof BriefdeckError) || error.code !== 'E_BROWSER') throw error
    const { file, line } = jobs[0].slide
    throw new BriefdeckError('E_BROWSER', `${file}:${line}: ${jobs.length} element${jobs.length === 1 ? '' : 's'} must be drawn as pictures, which needs Chromium: ${error.message}`, { cause: error })
  }
}

function pictures(blocks: readonly Block[]): PictureBlock[] {
  return blocks.flatMap((block) => (block.kind === 'picture' ? [block] : block.kind === 'columns' ? block.columns.flatMap(pictures) : []))
}

interface WriteContext {
  look: PptxLook
  codeTheme: CodeTheme | undefined
  drawn: Map<PictureBlock, DrawnPicture>
  diagnostics: Diagnostic[]
}

function writeSlides(pptx: PptxGenJS, slides: readonly PlannedSlide[], context: WriteContext): SlideFinish[] {
  const sections = new Set<string>()
  return slides.map((planned) => {
    if (!sections.has(planned.section)) {
      pptx.addSection({ title: planned.section })
      sections.add(planned.section)
    }
    const slide = pptx.addSlide({ masterName: planned.layout, sectionTitle: planned.section })
    // A dark background turns the text light, as reveal.js's has-dark-background does.
    const look = planned.background.dark ? { ...context.look, text: 'FFFFFF', heading: 'FFFFFF', muted: 'E5E7EB' } : context.look
    if (planned.background.image) slide.background = { data: planned.background.image.replace(/^data:/, '') }
    else if (planned.background.color) slide.background = { color: planned.background.color }
    const geometry = GEOMETRY[planned.layout]
    if (planned.content.title.length > 0) {
      const px = titlePx(planned.layout, look) * titleScale(planned.content.title, titlePx(planned.layout, look), geometry.title)
      const title = toTextProps([{ runs: planned.content.title, level: 0, bullet: { type: 'none' }, role: 'heading', headingLevel: 2, step: 0 }], { ...look, headingPx: look.headingPx.map(() => px) }, 1)
      slide.addText(title, { placeholder: 'title', objectName: SHAPE_NAMES.title, fontSize: toPoints(px), lineSpacingMultiple: 0.92 })
    }
    const blocks = sized(planned.content.blocks, planned, context)
    const notes = planned.content.footnotes ?? []
    // Above the marking's bottom banner when the slide has one (addChrome draws it).
    const foot = notes.length > 0 ? placeFootnotes(notes, geometry.content, planned.chrome.marking ? MARKING_CLEARANCE : undefined) : null
    const placed = placeBlocks(blocks, foot?.content ?? geometry.content, { look, base: planned.base })
    const finish: SlideFinish = { steps: [], textShapes: [], frames: {}, svgFallbacks: {} }
    addSlideShapes(slide, placed, look, context.codeTheme, finish, planned.content.steps)
    if (foot) {
      const paragraphs = notes.map((runs) => ({ runs, level: 0, bullet: { type: 'none' as const }, role: 'body' as const, step: 0 }))
      slide.addText(toTextProps(paragraphs, { ...look, bodyPx: foot.px, text: look.muted }, 1), {
        x: toInches(foot.box.x), y: toInches(foot.box.y), w: toInches(foot.box.w), h: toInches(foot.box.h),
        objectName: 'Footnotes', valign: 'bottom', isTextBox: true, margin: 0, lineSpacingMultiple: 1.1,
      })
    }
    addChrome(slide, planned.chrome)
    if (planned.notes.length > 0) slide.addNotes(planned.notes.join('\n'))
    return finish
  })
}

/**
 * The marking's banners along the slide's top and bottom edges and a diagonal draft stamp, as shapes
 * of the slide (not the master), so a marking copied with its slide into another deck goes with it.
 */
/** Pixels from the slide's foot that the marking's bottom banner (addChrome: 0.08 in + 0.28 in) and a gap take. */
const MARKING_CLEARANCE = 44

function addChrome(slide: PptxGenJS.Slide, chrome: SlideChrome): void {
  if (chrome.marking) {
    const color = toHex(chrome.marking.color) ?? 'FFFFFF'
    const fill = toHex(chrome.marking.background) ?? '000000'
    for (const [where, y] of [['Top', 0.08], ['Bottom', 7.5 - 0.08 - 0.28]] as const) {
      slide.addText(chrome.marking.text, {
        objectName: `Marking ${where}`, x: 0.25, y, w: 13.333 - 0.5, h: 0.28, margin: 0,
        align: 'center', valign: 'middle', bold: true, fontSize: 12, color, fill: { color: fill }, charSpacing: 1.5,
      })
    }
  }
  if (chrome.draft) {
    slide.addText(chrome.draft, {
      objectName: 'Draft stamp', x: 2.17, y: 2.5, w: 9, h: 2.5, align: 'center', valign: 'middle', rotate: 330,
      bold: true, fontSize: 120, color: 'B91C1C', transparency: 82,
    })
  }
}

/** Blocks with their sizes known: images read from their headers, pictures as drawn. */
function sized(blocks: readonly Block[], planned: PlannedSlide, context: WriteContext): SizedBlock[] {
  return blocks.flatMap((block): SizedBlock[] => {
    if (block.kind === 'columns') return [{ kind: 'columns', columns: block.columns.map((column) => sized(column, planned, context)) }]
    if (block.kind === 'picture') {
      const drawn = context.drawn.get(block)
      return drawn ? [drawn] : []
    }
    if (block.kind !== 'image') return [block]
    const bytes = dataUrlBytes(block.src)
    const size = bytes && imageSize(bytes)
    if (size) return [{ ...block, size }]
    context.diagnostics.push({ code: 'W_ASSET_MISSING', severity: 'warning', file: planned.file, line: planned.line, message: `an image${block.alt ? ` (${block.alt})` : ''} could not be read as PNG, JPEG or GIF; left out of the PowerPoint file` })
    return []
  })
}
