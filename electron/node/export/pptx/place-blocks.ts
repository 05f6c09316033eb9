import type { ImageSize } from './image-size'
import type { PptxLook } from './pptx-look'
import type { Block, Paragraph, PictureBlock, TableCell } from './slide-blocks'
import { type TextRun, runsText } from './text-runs'

/** A rectangle in CSS pixels on the 1280×720 slide (96 px to the inch, as PowerPoint's 13.333 in wide slide). */
export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** A picture block once the browser has drawn it: its PNG and size in CSS pixels. */
export type DrawnPicture = PictureBlock & { png: Uint8Array; size: ImageSize }

/** A block with its place on the slide, and the scale its text was shrunk by to fit. */
export type Placed =
  | { kind: 'text'; box: Box; paragraphs: Paragraph[]; scale: number; body: boolean }
  | { kind: 'figure'; box: Box; figure: TextRun[]; caption: TextRun[]; scale: number; step: number }
  | { kind: 'code'; box: Box; lines: TextRun[][]; fontPx: number; step: number }
  | { kind: 'table'; box: Box; rows: TableCell[][]; colW: number[]; fontPx: number; step: number }
  | { kind: 'image'; box: Box; src: string; alt: string; step: number }
  | { kind: 'picture'; box: Box; picture: DrawnPicture; step: number }

/** Blocks ready to place: images know their size, pictures have been drawn. */
export type SizedBlock =
  | Exclude<Block, { kind: 'image' } | { kind: 'picture' } | { kind: 'columns' }>
  | (Extract<Block, { kind: 'image' }> & { size: ImageSize })
  | DrawnPicture
  | { kind: 'columns'; columns: SizedBlock[][] }

/** Sizes as the briefing theme sets them, relative to the body text (see assets/themes/briefing.css). */
export const TYPE = {
  lineHeight: 1.36,
  blockGap: 18,
  listGap: 0.28,
  nestedList: 0.9,
  code: 0.62,
  codeLineHeight: 1.3,
  table: 0.8,
  figure: 3.2,
  caption: 0.85,
  columnGap: 48,
  /** pptxgenjs's bullet indent, 27 pt, per level. */
  indent: 36,
  /** A text box's inner margins (PowerPoint's default 0.1 in by 0.05 in). */
  inset: { x: 9.6, y: 4.8 },
  /** Text is not shrunk below this share of its size: a slide that needs more overflows, as in print. */
  minScale: 0.45,
}

/** A paragraph's font size in CSS pixels: headings by level, nested list items a little smaller. */
export function paragraphPx(paragraph: Paragraph, look: PptxLook, base = 1): number {
  if (paragraph.role === 'heading') return look.headingPx[(paragraph.headingLevel ?? 3) - 1] * base
  return look.bodyPx * base * TYPE.nestedList ** Math.min(paragraph.level, 3)
}

/** How wide text is, in ems: CJK characters are square, Latin ones about half as wide. */
function textEms(text: string, bold = false): number {
  let ems = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    ems += code >= 0x2e80 && code <= 0xffef ? 1 : /[A-Z0-9@MW]/.test(char) ? 0.62 : 0.5
  }
  return bold ? ems * 1.05 : ems
}

/** Lines a run sequence takes in a box `width` px wide at `fontPx`. */
function lineCount(runs: readonly TextRun[], fontPx: number, width: number): number {
  const segments = runsText(runs).split('\n')
  const bold = runs.length > 0 && runs.every((run) => run.bold)
  return segments.reduce((n, segment) => n + Math.max(1, Math.ceil((textEms(segment, bold) * fontPx) / Math.max(width, fontPx))), 0)
}

/** The theme's footnote area at full size: 18 px type at 1.3 line height, 34 px above the slide's foot, 110 px short of its right edge (the arrows). */
const FOOTNOTES = { px: 18, lineHeight: 1.3, bottom: 34, right: 110, gap: 14, slide: { w: 1280, h: 720 } }

/**
 * Where a slide's footnotes go, as the theme places its footnote area: at the slide's foot (`bottom`
 * pixels above it), as tall as its notes; the content's box is what is left above it.
 */
export function placeFootnotes(notes: readonly TextRun[][], content: Box, bottom = FOOTNOTES.bottom): { box: Box; px: number; content: Box } {
  const w = FOOTNOTES.slide.w - FOOTNOTES.right - content.x
  const h = notes.reduce((n, runs) => n + lineCount(runs, FOOTNOTES.px, w), 0) * FOOTNOTES.px * FOOTNOTES.lineHeight + 8
  const y = Math.max(content.y + content.h / 3, FOOTNOTES.slide.h - bottom - h)
  return { box: { x: content.x, y, w, h: FOOTNOTES.slide.h - bottom - y }, px: FOOTNOTES.px, content: { ...content, h: Math.min(content.h, y - FOOTNOTES.gap - content.y) } }
}

/** Titles are set a little tighter than body text, as the theme's headings are (line height 1.15). */
export const TITLE_LINE_HEIGHT = 1.25

/** How much a title must shrink (down to 60 %) to fit its placeholder. */
export function titleScale(runs: readonly TextRun[], px: number, box: Box): number {
  for (let scale = 1; scale > 0.6; scale -= 0.05) {
    if (lineCount(runs, px * scale, box.w) * px * scale * TITLE_LINE_HEIGHT <= box.h) return scale
  }
  return 0.6
}

export interface PlaceOptions {
  look: PptxLook
  /** The slide's own text scale (`bd-sources` sets 0.75). */
  base: number
}

/** A layout of blocks at one text scale: their boxes, top to bottom, and the height they take. */
interface Flow {
  height: number
  place(x: number, y: number): Placed[]
}

/**
 * Places blocks top to bottom in `area`, as the theme's flow would: text at its size, images and
 * pictures at their size but no wider than the area, columns side by side. When they do not fit,
 * everything is scaled down together (text to no less than TYPE.minScale), as print fits a slide.
 */
export function placeBlocks(blocks: readonly SizedBlock[], area: Box, options: PlaceOptions): Placed[] {
  let low = TYPE.minScale
  let high = 1
  if (layout(blocks, area.w, 1, options).height > area.h) {
    for (let i = 0; i < 10; i++) {
      const mid = (low + high) / 2
      if (layout(blocks, area.w, mid, options).height <= area.h) low = mid
      else high = mid
    }
    high = low
  }
  const placed = layout(blocks, area.w, high, options).place(area.x, area.y)
  const body = placed.find((shape) => shape.kind === 'text')
  if (body?.kind === 'text') body.body = true
  return placed
}

function layout(blocks: readonly SizedBlock[], width: number, scale: number, options: PlaceOptions): Flow {
  const flows = blocks.map((block) => blockFlow(block, width, scale, options))
  const gap = TYPE.blockGap * scale
  const height = flows.reduce((sum, flow) => sum + flow.height, 0) + gap * Math.max(0, flows.length - 1)
  return {
    height,
    place(x, y) {
      const placed: Placed[] = []
      let at = y
      for (const flow of flows) {
        placed.push(...flow.place(x, at))
        at += flow.height + gap
      }
      return placed
    },
  }
}

function blockFlow(block: SizedBlock, width: number, scale: number, options: PlaceOptions): Flow {
  const { look, base } = options
  const fixed = (height: number, make: (box: Box) => Placed): Flow => ({ height, place: (x, y) => [make({ x, y, w: width, h: height })] })
  switch (block.kind) {
    case 'text': {
      const height = textHeight(block.paragraphs, width, scale, options)
      return fixed(height, (box) => ({ kind: 'text', box, paragraphs: block.paragraphs, scale: scale * base, body: false }))
    }
    case 'figure': {
      const inner = width - 2 * TYPE.inset.x
      const figurePx = look.bodyPx * base * TYPE.figure * scale
      const captionPx = look.bodyPx * base * TYPE.caption * scale
      const height = lineCount(block.figure, figurePx, inner) * figurePx * 1.1 +
        (block.caption.length > 0 ? lineCount(block.caption, captionPx, inner) * captionPx * TYPE.lineHeight : 0) + 2 * TYPE.inset.y
      return fixed(height, (box) => ({ kind: 'figure', box, figure: block.figure, caption: block.caption, scale: scale * base, step: block.step }))
    }
    case 'code': {
      const fontPx = look.bodyPx * base * TYPE.code * scale
      const inner = width - 2 * TYPE.inset.x - 16
      const lines = block.lines.reduce((n, line) => n + lineCount(line, fontPx, inner / 1.2), 0)
      const height = Math.max(1, lines) * fontPx * TYPE.codeLineHeight + 2 * TYPE.inset.y + 16
      return fixed(height, (box) => ({ kind: 'code', box, lines: block.lines, fontPx, step: block.step }))
    }
    case 'table':
      return tableFlow(block.rows, block.step, width, look.bodyPx * base * TYPE.table * scale)
    case 'image':
    case 'picture': {
      // An image's width attribute wins; a height alone sets the width through the aspect ratio.
      const natural = block.kind === 'image'
        ? block.width ?? (block.height ? (block.size.width * block.height) / block.size.height : block.size.width)
        : block.size.width
      const ratio = block.size.height / block.size.width
      const w = Math.min(natural * scale, width)
      const h = w * ratio
      const make = (box: Box): Placed => block.kind === 'image'
        ? { kind: 'image', box, src: block.src, alt: block.alt, step: block.step }
        : { kind: 'picture', box, picture: block, step: block.step }
      return { height: h, place: (x, y) => [make({ x, y, w, h })] }
    }
    case 'columns': {
      const n = block.columns.length
      const columnWidth = (width - TYPE.columnGap * (n - 1)) / n
      const flows = block.columns.map((column) => layout(column, columnWidth, scale, options))
      return {
        height: Math.max(...flows.map((flow) => flow.height)),
        place: (x, y) => flows.flatMap((flow, i) => flow.place(x + i * (columnWidth + TYPE.columnGap), y)),
      }
    }
  }
}

function textHeight(paragraphs: readonly Paragraph[], width: number, scale: number, options: PlaceOptions): number {
  let height = 2 * TYPE.inset.y
  paragraphs.forEach((paragraph, i) => {
    const px = paragraphPx(paragraph, options.look, options.base) * scale
    const indent = paragraph.bullet.type === 'none' ? 0 : (paragraph.level + 1) * TYPE.indent
    height += lineCount(paragraph.runs, px, width - 2 * TYPE.inset.x - indent) * px * TYPE.lineHeight
    if (i > 0) height += paragraphGap(paragraph, options.look, options.base) * scale
  })
  return height
}

/** The space before a paragraph, in CSS pixels at full scale: list items are close, paragraphs apart. */
export function paragraphGap(paragraph: Paragraph, look: PptxLook, base = 1): number {
  return paragraph.bullet.type === 'none' && paragraph.role !== 'heading' ? TYPE.blockGap * base : look.bodyPx * base * TYPE.listGap * 2
}

function tableFlow(rows: TableCell[][], step: number, width: number, fontPx: number): Flow {
  const columns = Math.max(1, ...rows.map((row) => row.reduce((n, cell) => n + (cell.colspan ?? 1), 0)))
  const padding = 0.7 * fontPx * 2
  // Each column as wide as its longest cell, shared out when the table is wider than the area.
  const natural = Array.from({ length: columns }, (_, c) => Math.max(fontPx * 2, ...rows.map((row) => {
    const cell = row[c]
    // 15 % to spare: a viewer without the Noto fonts sets the text in a wider family.
    return cell && (cell.colspan ?? 1) === 1 ? textEms(runsText(cell.runs), cell.header) * fontPx * 1.15 + padding + 8 : 0
  })))
  const total = natural.reduce((a, b) => a + b, 0)
  const colW = total > width ? natural.map((w) => (w / total) * width) : natural
  const rowHeights = rows.map((row) => Math.max(1, ...row.map((cell, c) => lineCount(cell.runs, fontPx, (colW[c] ?? colW[0]) - padding))) * fontPx * TYPE.lineHeight + 0.6 * fontPx)
  const height = rowHeights.reduce((a, b) => a + b, 0)
  const tableWidth = colW.reduce((a, b) => a + b, 0)
  return { height, place: (x, y) => [{ kind: 'table', box: { x, y, w: tableWidth, h: height }, rows, colW, fontPx, step }] }
}
