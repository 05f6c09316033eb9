import { type HtmlNode, getAttribute, isElement, isText, parseHtml } from '../../../../renderer/core/html/html-tree'
import { type Hex, toHex } from './pptx-look'
import type { TextRun } from './text-runs'

/** A highlight.js style as PowerPoint can use it: a colour (and weight, slant) per token class. */
export interface CodeTheme {
  text: Hex
  background: Hex
  tokens: Map<string, { color?: Hex; bold?: boolean; italic?: boolean }>
}

/**
 * Reads a highlight.js style sheet: `.hljs` gives the block's colours, and each rule on single
 * `.hljs-*` classes gives that token's. Rules on nested or compound selectors are left out; their
 * tokens keep the colour of the class they also carry.
 */
export function toCodeTheme(css: string): CodeTheme {
  const theme: CodeTheme = { text: '24292E', background: 'FFFFFF', tokens: new Map() }
  for (const rule of css.replace(/\/\*[\s\S]*?\*\//g, '').split('}')) {
    const [selectors, body] = rule.split('{')
    if (body === undefined) continue
    const color = toHex(/(?:^|;|\s)color\s*:\s*([^;]+)/.exec(body)?.[1] ?? '') ?? undefined
    const background = toHex(/background(?:-color)?\s*:\s*([^;]+)/.exec(body)?.[1] ?? '') ?? undefined
    const bold = /font-weight\s*:\s*(bold|[6-9]00)/.test(body) || undefined
    const italic = /font-style\s*:\s*italic/.test(body) || undefined
    for (const selector of selectors.split(',').map((s) => s.trim())) {
      if (selector === '.hljs') {
        if (color) theme.text = color
        if (background) theme.background = background
      } else if (/^\.hljs-[\w-]+$/.test(selector)) {
        const name = selector.slice(1)
        theme.tokens.set(name, { ...theme.tokens.get(name), ...(color && { color }), ...(bold && { bold }), ...(italic && { italic }) })
      }
    }
  }
  return theme
}

/**
 * highlight.js's HTML (`<span class="hljs-keyword">`) to one array of runs per line, each token in
 * its theme colour; text outside tokens is left to the block's own colour.
 */
export function toCodeLines(highlighted: string, theme: CodeTheme): TextRun[][] {
  const lines: TextRun[][] = [[]]
  const visit = (node: HtmlNode, style: Omit<TextRun, 'text'>): void => {
    if (isText(node)) {
      node.value.split('\n').forEach((part, i) => {
        if (i > 0) lines.push([])
        if (part !== '') lines[lines.length - 1].push({ ...style, text: part })
      })
      return
    }
    let next = style
    if (isElement(node)) {
      for (const name of (getAttribute(node, 'class') ?? '').split(/\s+/)) {
        const token = theme.tokens.get(name)
        if (token) next = { ...next, ...(token.color && { color: { hex: token.color } }), ...(token.bold && { bold: true }), ...(token.italic && { italic: true }) }
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child, next)
  }
  visit(parseHtml(highlighted), { code: true })
  if (lines.length > 1 && lines[lines.length - 1].length === 0) lines.pop()
  return lines
}
