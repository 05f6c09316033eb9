import { serializeOuter } from 'parse5'
import {
  type HtmlChild, type HtmlElement, type HtmlNode, NS, findAll, getAttribute, hasClass, isElement, isText, parseHtml, removeNode, textContent,
} from '../../../../renderer/core/html/html-tree'
import { FOOTNOTES_CLASS } from '../../../../renderer/core/sources/slide-notes'
import { type HighlightCode, groupFragments } from '../../../../renderer/core/print/print-slide'
import { type CodeTheme, toCodeLines } from './code-runs'
import { type TextRun, toTextRuns } from './text-runs'
import { toSvgXml } from './svg-xml'

/** A paragraph's marker: none, a bullet, or a number (with the list's first number on its first item). */
export type Bullet = { type: 'none' } | { type: 'disc' } | { type: 'number'; start?: number }

/**
 * One paragraph of slide text. `step` is the fragment step that shows it (0: always shown), as
 * reveal.js counts steps; `level` is the list depth (0 at the top).
 */
export interface Paragraph {
  runs: TextRun[]
  level: number
  bullet: Bullet
  role: 'body' | 'heading' | 'quote'
  /** For `role: 'heading'`: 1…6. */
  headingLevel?: number
  step: number
}

export interface TableCell {
  runs: TextRun[]
  header: boolean
  align?: 'left' | 'center' | 'right'
  colspan?: number
  rowspan?: number
}

/** What a slide's content maps to, block by block, before it is placed. */
export type Block =
  | { kind: 'text'; paragraphs: Paragraph[] }
  | { kind: 'table'; rows: TableCell[][]; step: number }
  /** A PNG, JPEG or GIF image: PowerPoint shows these as they are. */
  | { kind: 'image'; src: string; alt: string; width?: number; height?: number; step: number }
  | { kind: 'code'; lines: TextRun[][]; step: number }
  /** `bd-figure` (one big number) with its `bd-caption`. */
  | { kind: 'figure'; figure: TextRun[]; caption: TextRun[]; step: number }
  /** `bd-columns`: blocks side by side. */
  | { kind: 'columns'; columns: Block[][] }
  | PictureBlock

/**
 * Something drawn by the browser as a picture: SVG (kept as SVG too, with the picture as
 * PowerPoint's fallback), an image format PowerPoint does not read, or an element with no native
 * equivalent (`reason` says which, for the report).
 */
export interface PictureBlock {
  kind: 'picture'
  /** The HTML the browser draws. */
  html: string
  alt: string
  /** The SVG document, when the picture is SVG. */
  svg?: string
  /** Why this is a picture, for the report; absent for SVG, which PowerPoint shows natively. */
  reason?: string
  width?: number
  height?: number
  step: number
}

/** A slide as blocks: its title (the first heading), its content in order, and its fragment step count. */
export interface SlideBlocks {
  title: TextRun[]
  /** The title heading's level (1 for `#`), 0 when the slide has no heading. */
  titleLevel: number
  blocks: Block[]
  steps: number
  /** The slide's footnote area, each note as its number and text: set apart at the slide's foot, as the theme sets it. */
  footnotes?: TextRun[][]
}

export interface BlockOptions {
  highlight?: HighlightCode
  codeTheme?: CodeTheme
}

/** Elements that start a block of their own; everything else flows as inline text. */
const BLOCKS = new Set([
  'p', 'div', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'table', 'blockquote', 'figure', 'figcaption',
  'hr', 'dl', 'dt', 'dd', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'address', 'center', 'hgroup',
  'details', 'summary', 'style',
])
/** Elements PowerPoint has nothing for: drawn as pictures. */
const PICTURED = new Set(['svg', 'math', 'video', 'audio', 'picture'])
const NATIVE_IMAGE = /^data:image\/(png|jpeg|gif)[;,]/i
const HEADING = /^h([1-6])$/
/** PowerPoint's outline has nine levels. */
const MAX_LEVEL = 8

interface Context {
  options: BlockOptions
  title: HtmlElement | undefined
  steps: Map<HtmlElement, number>
  role: Paragraph['role']
}

/**
 * Maps a slide's sanitised HTML to blocks: the first heading becomes the title; paragraphs, headings,
 * quotes and nested lists become paragraphs of one text flow (with bullet levels); tables, images,
 * code, `bd-figure` and `bd-columns` become blocks of their own; the rest becomes pictures.
 */
export function toSlideBlocks(html: string, options: BlockOptions = {}): SlideBlocks {
  const tree = parseHtml(html)
  // The footnote area (renderer/core/sources/slide-notes.ts) is no content block: it has its own place.
  const areas = findAll(tree, (el) => el.tagName === 'footer' && hasClass(el, FOOTNOTES_CLASS))
  const footnotes = areas.flatMap((area) => findAll(area, (el) => el.tagName === 'li').map((item) => {
    const number = getAttribute(item, 'value')
    return [...(number ? [{ text: `${number}. `, bold: true }] : []), ...toTextRuns(item.childNodes)]
  }))
  for (const area of areas) removeNode(area)
  const groups = groupFragments(findAll(tree, (el) => hasClass(el, 'fragment')))
  const steps = new Map<HtmlElement, number>()
  groups.forEach((group, index) => group.forEach((element) => steps.set(element, index + 1)))
  const title = findAll(tree, (el) => HEADING.test(el.tagName) && el.namespaceURI === NS.HTML)[0]
  const context: Context = { options, title, steps, role: 'body' }
  return {
    title: title ? toTextRuns(title.childNodes) : [],
    titleLevel: title ? Number(HEADING.exec(title.tagName)?.[1]) : 0,
    blocks: flow(tree.childNodes, tree, context),
    steps: groups.length,
    ...(footnotes.length > 0 ? { footnotes } : {}),
  }
}

/** The step that shows a node: the latest step of the fragments around it (0 when none). */
function stepOf(node: HtmlNode | null, steps: Map<HtmlElement, number>): number {
  let step = 0
  for (let at: HtmlNode | null = node; at !== null && 'parentNode' in at; at = at.parentNode) {
    if (isElement(at)) step = Math.max(step, steps.get(at) ?? 0)
  }
  return step
}

/** Block content in order; consecutive paragraphs share one text block. */
function flow(nodes: readonly HtmlChild[], parent: HtmlNode, context: Context): Block[] {
  const blocks: Block[] = []
  const addParagraph = (paragraph: Paragraph): void => {
    const last = blocks.at(-1)
    if (last?.kind === 'text') last.paragraphs.push(paragraph)
    else blocks.push({ kind: 'text', paragraphs: [paragraph] })
  }
  const add = (block: Block): void => {
    if (block.kind === 'text') block.paragraphs.forEach(addParagraph)
    else blocks.push(block)
  }
  let inline: HtmlChild[] = []
  const flush = (): void => {
    for (const block of inlineBlocks(inline, parent, context)) add(block)
    inline = []
  }
  for (const node of nodes) {
    // Pictured elements flow with the text around them: inlineBlocks decides whether they stand alone.
    if (!isElement(node) || !BLOCKS.has(node.tagName) || node.namespaceURI !== NS.HTML) {
      inline.push(node)
      continue
    }
    flush()
    for (const block of element(node, context)) add(block)
  }
  flush()
  return blocks
}

function element(node: HtmlElement, context: Context): Block[] {
  const step = stepOf(node, context.steps)
  const tag = node.tagName
  if (node === context.title || tag === 'hr' || tag === 'style' || (tag === 'aside' && hasClass(node, 'notes'))) return []
  const heading = HEADING.exec(tag)
  if (heading) {
    const runs = toTextRuns(node.childNodes)
    return runs.length === 0 ? [] : [{ kind: 'text', paragraphs: [{ runs, level: 0, bullet: { type: 'none' }, role: 'heading', headingLevel: Number(heading[1]), step }] }]
  }
  if (tag === 'ul' || tag === 'ol') return list(node, 0, context)
  if (tag === 'pre') return [code(node, step, context.options)]
  if (tag === 'table') {
    // A table with no cells (written empty, or its only cell cut for another audience) has nothing to show.
    const read = table(node, step)
    return read.kind === 'table' && read.rows.length === 0 ? [] : [read]
  }
  if (tag === 'figure' && hasClass(node, 'bd-block')) return [blockPicture(node, step)]
  if (tag === 'blockquote') return flow(node.childNodes, node, { ...context, role: 'quote' })
  if (tag === 'div' && hasClass(node, 'bd-columns')) {
    const columns = node.childNodes.filter(isElement).map((column) => flow([column], node, context))
    return columns.length === 0 ? [] : [{ kind: 'columns', columns }]
  }
  if (tag === 'dt' || tag === 'summary') return paragraphs(node.childNodes, node, context, { bold: true })
  if (tag === 'dd') return paragraphs(node.childNodes, node, context, {}, 1)
  if (tag === 'p' || tag === 'figcaption' || tag === 'li') return flow(node.childNodes, node, context)
  // Containers (div, section, figure, details, dl…) are transparent: their content flows.
  return flow(node.childNodes, node, context)
}

function paragraphs(nodes: readonly HtmlChild[], parent: HtmlElement, context: Context, style: { bold?: boolean }, level = 0): Block[] {
  const runs = toTextRuns(nodes, style)
  if (runs.length === 0) return []
  return [{ kind: 'text', paragraphs: [{ runs, level, bullet: { type: 'none' }, role: context.role, step: stepOf(parent, context.steps) }] }]
}

/**
 * Inline content between blocks: a paragraph, with images and pictured elements split out as blocks
 * of their own, and `bd-figure`/`bd-caption` spans made into a figure.
 */
function inlineBlocks(nodes: readonly HtmlChild[], parent: HtmlNode, context: Context): Block[] {
  if (nodes.every((node) => isText(node) ? node.value.trim() === '' : !isElement(node))) return []
  const step = stepOf(parent, context.steps)
  const figures = nodes.filter((node): node is HtmlElement => isElement(node) && hasClass(node, 'bd-figure'))
  if (figures.length > 0) {
    const captions = nodes.filter((node): node is HtmlElement => isElement(node) && hasClass(node, 'bd-caption'))
    const rest = nodes.filter((node) => !figures.includes(node as HtmlElement) && !captions.includes(node as HtmlElement))
    return [
      { kind: 'figure', figure: toTextRuns(figures), caption: toTextRuns(captions), step: Math.max(step, ...figures.map((f) => stepOf(f, context.steps))) },
      ...inlineBlocks(rest, parent, context),
    ]
  }
  const special = (el: HtmlElement): boolean => el.tagName === 'img' || PICTURED.has(el.tagName) || el.namespaceURI !== NS.HTML
  const pictured = (el: HtmlElement): boolean => special(el) && el.tagName !== 'img'
  const hasText = nodes.some((node) => (isText(node) ? node.value.trim() !== '' : isElement(node) && !special(node) && textContent(node).trim() !== ''))
  if (hasText && nodes.some((node) => isElement(node) && [node, ...findAll(node, pictured)].some(pictured))) {
    // Maths or SVG inside a sentence: the sentence is drawn whole, so its words stay around it.
    const html = `<p>${nodes.map((node) => serializeOuter(node)).join('')}</p>`
    return [{ kind: 'picture', html, alt: nodes.map(textContent).join('').trim().slice(0, 200), reason: 'text with inline maths or SVG has no PowerPoint equivalent', step }]
  }
  const blocks: Block[] = []
  let text: HtmlChild[] = []
  const flushText = (): void => {
    const runs = toTextRuns(text)
    if (runs.length > 0) blocks.push({ kind: 'text', paragraphs: [{ runs, level: 0, bullet: { type: 'none' }, role: context.role, step: Math.max(step, innerStep(text, context.steps)) }] })
    text = []
  }
  for (const node of nodes) {
    const found = isElement(node) ? [node, ...findAll(node, special)].filter(special) : []
    if (!isElement(node) || found.length === 0) {
      text.push(node)
      continue
    }
    if (node.tagName === 'img' || (found.length === 1 && found[0].tagName === 'img' && textContent(node).trim() === '')) {
      flushText()
      const image = imageBlock(node.tagName === 'img' ? node : found[0], context)
      if (image) blocks.push(image)
      continue
    }
    flushText()
    blocks.push(picture(node, context))
  }
  flushText()
  return blocks
}

/**
 * The latest step of fragments inside inline content (`**Trade** <!-- .element: class="fragment" -->`).
 * PowerPoint animates paragraphs, not runs: the paragraph appears at that step.
 */
function innerStep(nodes: readonly HtmlChild[], steps: Map<HtmlElement, number>): number {
  let step = 0
  for (const node of nodes) {
    if (isElement(node)) for (const element of [node, ...findAll(node, () => true)]) step = Math.max(step, steps.get(element) ?? 0)
  }
  return step
}

function imageBlock(img: HtmlElement, context: Context): Block | null {
  const src = getAttribute(img, 'src') ?? ''
  const alt = getAttribute(img, 'alt') ?? ''
  const step = stepOf(img, context.steps)
  const width = dimension(getAttribute(img, 'width'))
  const height = dimension(getAttribute(img, 'height'))
  if (NATIVE_IMAGE.test(src)) return { kind: 'image', src, alt, width, height, step }
  if (!src.startsWith('data:image/')) return null
  const svg = /^data:image\/svg\+xml/i.test(src) ? decodeDataUrl(src) : undefined
  return {
    kind: 'picture', html: serializeOuter(img), alt, svg, width, height, step,
    reason: svg === undefined ? `${/^data:(image\/[\w.+-]+)/.exec(src)?.[1] ?? 'this image'} is not a format PowerPoint reads` : undefined,
  }
}

function picture(node: HtmlElement, context: Context): PictureBlock {
  const step = stepOf(node, context.steps)
  const label = node.namespaceURI === NS.HTML ? node.tagName : node.namespaceURI === NS.SVG ? 'svg' : 'math'
  if (node.tagName === 'svg' && node.namespaceURI === NS.SVG) {
    return { kind: 'picture', html: serializeOuter(node), alt: getAttribute(node, 'aria-label') ?? '', svg: toSvgXml(node), step }
  }
  return { kind: 'picture', html: serializeOuter(node), alt: textContent(node).trim().slice(0, 200), reason: `<${label}> has no PowerPoint equivalent`, step }
}

/**
 * A chart or diagram (see renderer/core/blocks/): PowerPoint has no native equivalent of its
 * drawing, so it becomes a picture described by its text alternative, and is reported.
 */
function blockPicture(figure: HtmlElement, step: number): PictureBlock {
  const svg = findAll(figure, (el) => el.tagName === 'svg' && el.namespaceURI === NS.SVG)[0]
  const kind = getAttribute(figure, 'data-bd-block') === 'chart' ? 'a chart' : 'a diagram'
  return { kind: 'picture', html: serializeOuter(figure), alt: (svg && getAttribute(svg, 'aria-label')) ?? textContent(figure).trim().slice(0, 200), reason: `${kind} has no PowerPoint equivalent`, step }
}

function list(node: HtmlElement, level: number, context: Context): Block[] {
  const blocks: Block[] = []
  const numbered = node.tagName === 'ol'
  let first = true
  const start = Number.parseInt(getAttribute(node, 'start') ?? '1', 10)
  for (const item of node.childNodes.filter(isElement)) {
    if (item.tagName !== 'li') continue
    const step = stepOf(item, context.steps)
    const bullet: Bullet = numbered ? { type: 'number', ...(first && Number.isFinite(start) && start !== 1 ? { start } : {}) } : { type: 'disc' }
    first = false
    let marked = false
    for (const block of flow(item.childNodes.filter((child) => !(isElement(child) && (child.tagName === 'ul' || child.tagName === 'ol'))), item, context)) {
      if (block.kind !== 'text') {
        blocks.push(block)
        continue
      }
      for (const paragraph of block.paragraphs) {
        const depth = Math.min(MAX_LEVEL, level + paragraph.level)
        blocks.push({ kind: 'text', paragraphs: [{ ...paragraph, level: depth, bullet: marked ? { type: 'none' } : bullet, step: Math.max(step, paragraph.step) }] })
        marked = true
      }
    }
    if (!marked) blocks.push({ kind: 'text', paragraphs: [{ runs: [], level: Math.min(MAX_LEVEL, level), bullet, role: context.role, step }] })
    for (const nested of item.childNodes.filter(isElement)) {
      if (nested.tagName === 'ul' || nested.tagName === 'ol') blocks.push(...list(nested, Math.min(MAX_LEVEL, level + 1), context))
    }
  }
  return blocks
}

function code(pre: HtmlElement, step: number, options: BlockOptions): Block {
  const element = pre.childNodes.find((child): child is HtmlElement => isElement(child) && child.tagName === 'code') ?? pre
  const text = textContent(element).replace(/\n$/, '')
  const language = /(?:^|\s)language-([\w+#.-]+)/.exec(getAttribute(element, 'class') ?? '')?.[1] ?? ''
  const highlighted = options.highlight && options.codeTheme ? options.highlight(text, language) : null
  const lines = highlighted !== null && options.codeTheme
    ? toCodeLines(highlighted, options.codeTheme)
    : text.split('\n').map((line) => (line === '' ? [] : [{ text: line, code: true }]))
  return { kind: 'code', lines, step }
}

function table(node: HtmlElement, step: number): Block {
  const rows: TableCell[][] = []
  const visit = (parent: HtmlElement): void => {
    for (const child of parent.childNodes.filter(isElement)) {
      if (child.tagName === 'tr') {
        rows.push(child.childNodes.filter(isElement).filter((c) => c.tagName === 'td' || c.tagName === 'th').map((cell) => {
          const align = getAttribute(cell, 'align') ?? /text-align:\s*(left|center|right)/.exec(getAttribute(cell, 'style') ?? '')?.[1]
          const colspan = Number.parseInt(getAttribute(cell, 'colspan') ?? '1', 10)
          const rowspan = Number.parseInt(getAttribute(cell, 'rowspan') ?? '1', 10)
          return {
            runs: toTextRuns(cell.childNodes), header: cell.tagName === 'th' || parent.tagName === 'thead',
            ...(align === 'left' || align === 'center' || align === 'right' ? { align } : {}),
            ...(colspan > 1 ? { colspan: Math.min(colspan, 64) } : {}), ...(rowspan > 1 ? { rowspan: Math.min(rowspan, 1000) } : {}),
          }
        }))
      } else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
        visit(child)
      }
    }
  }
  visit(node)
  return { kind: 'table', rows: rows.filter((row) => row.length > 0), step }
}

function dimension(value: string | undefined): number | undefined {
  const n = Number.parseFloat(value ?? '')
  return Number.isFinite(n) && n > 0 && /^\s*[\d.]+(px)?\s*$/.test(value ?? '') ? n : undefined
}

function decodeDataUrl(url: string): string | undefined {
  const comma = url.indexOf(',')
  if (comma < 0) return undefined
  const meta = url.slice(0, comma)
  const body = url.slice(comma + 1)
  try {
    return meta.endsWith(';base64') ? Buffer.from(body, 'base64').toString('utf8') : decodeURIComponent(body)
  } catch {
    return undefined
  }
}
