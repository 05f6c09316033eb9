import { type HtmlChild, isElement, parseHtml, textContent } from '../../../../renderer/core/html/html-tree'
import { runsText, toTextRuns } from './text-runs'

const BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'table', 'tr', 'blockquote', 'dl', 'dt', 'dd', 'section', 'hr'])

/**
 * Speaker notes (their sanitised HTML) as the plain paragraphs of PowerPoint's notes pane: one per
 * paragraph, heading, list item (with its bullet or number, indented by depth) or line of code.
 */
export function toNotesText(notesHtml: string): string[] {
  const lines: string[] = []
  const walk = (nodes: readonly HtmlChild[], prefix: string): void => {
    let inline: HtmlChild[] = []
    let first = true
    const flush = (): void => {
      const text = runsText(toTextRuns(inline)).trim()
      if (text !== '') lines.push(`${first ? prefix : ' '.repeat(prefix.length)}${text}`)
      if (text !== '') first = false
      inline = []
    }
    for (const node of nodes) {
      if (!isElement(node) || !BLOCKS.has(node.tagName)) {
        inline.push(node)
        continue
      }
      flush()
      if (node.tagName === 'pre') {
        lines.push(...textContent(node).replace(/\n$/, '').split('\n'))
      } else if (node.tagName === 'ul' || node.tagName === 'ol') {
        const indent = ' '.repeat(prefix.length)
        node.childNodes.filter(isElement).filter((li) => li.tagName === 'li')
          .forEach((li, i) => walk(li.childNodes, `${indent}${node.tagName === 'ol' ? `${i + 1}.` : '•'} `))
      } else if (node.tagName === 'tr') {
        lines.push(node.childNodes.filter(isElement).map((cell) => textContent(cell).trim()).join(' | '))
      } else {
        walk(node.childNodes, first ? prefix : ' '.repeat(prefix.length))
        if (prefix !== '') first = false
      }
    }
    flush()
  }
  walk(parseHtml(notesHtml).childNodes, '')
  return lines
}
