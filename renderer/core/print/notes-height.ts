import { type HtmlChild, appendChild, childrenOf, isElement, isText, parseHtml, serializeHtml, textContent } from '../html/html-tree'

/** Speaker notes on a handout: their font size and line height, in CSS pixels (print.css sets the same on .bd-notes). */
export const NOTES_FONT_PX = 14
export const NOTES_LINE_PX = 19.6
/** The space after each paragraph or list, and a list's indent. */
const BLOCK_GAP = 7
const LIST_INDENT = 20
/**
 * A character's width in ems: measured on the sample briefing's notes in Noto Sans, 0.465 on average;
 * 0.5 leaves room for the space lost where lines break. CJK characters are square.
 */
const CHAR_EM = 0.5
const WIDE_EM = 1

/**
 * About how tall speaker notes print in a box `width` wide: each paragraph's and list item's
 * characters fill lines of that width. print-fit.js shrinks notes that turn out taller than their box.
 */
export function notesHeight(notesHtml: string, width: number): number {
  const blocks = topBlocks(notesHtml)
  if (blocks.length === 0) return NOTES_LINE_PX + BLOCK_GAP
  return blocks.reduce((height, block) => height + blockHeight(block, width), 0)
}

/**
 * Splits notes too tall for their box at their top-level blocks: the first part fits `first` (the
 * box under the slide), each further part `next` (a page of notes). A block taller than a whole box
 * goes alone. The notes are parsed, never cut as text: a `</p>` inside an attribute stays inside it.
 */
export function splitNotes(notesHtml: string, width: number, first: number, next: number): string[] {
  const parts: string[] = []
  let current = parseHtml('')
  let height = 0
  for (const block of topBlocks(notesHtml)) {
    const size = blockHeight(block, width)
    const budget = parts.length === 0 ? first : next
    if (current.childNodes.length > 0 && height + size > budget) {
      parts.push(serializeHtml(current))
      current = parseHtml('')
      height = 0
    }
    appendChild(current, block)
    height += size
  }
  parts.push(serializeHtml(current))
  return parts
}

function blockHeight(block: HtmlChild, width: number): number {
  const list = isElement(block) && (block.tagName === 'ul' || block.tagName === 'ol')
  const items = list ? childrenOf(block).filter(isElement) : [block]
  const lineWidth = width - (list ? LIST_INDENT : 0)
  const lines = items.reduce((n, item) => n + Math.max(1, Math.ceil((ems(textContent(item)) * NOTES_FONT_PX) / lineWidth)), 0)
  return lines * NOTES_LINE_PX + BLOCK_GAP
}

function ems(text: string): number {
  let total = 0
  for (const char of text) total += (char.codePointAt(0) ?? 0) >= 0x2e80 ? WIDE_EM : CHAR_EM
  return total
}

/** The notes' top-level blocks; whitespace between blocks means nothing. */
function topBlocks(notesHtml: string): HtmlChild[] {
  return childrenOf(parseHtml(notesHtml)).filter((node) => !(isText(node) && node.value.trim() === ''))
}
