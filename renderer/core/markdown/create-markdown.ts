import { Marked, type Token, type Tokens } from 'marked'
import markedFootnote from 'marked-footnote'
import { chartFence } from './chart-fence'
import { citations } from './citations'
import { codeLineNumbers } from './code-line-numbers'
import { mathMarkdown } from './math'
import { mermaidFence } from './mermaid-fence'
import { preserveBlankLines } from './preserve-blank-lines'
import { sourcesList } from './sources-list'

/**
 * Markdown rendered to HTML, with where each top-level block starts: its offset in `html` and its
 * 0-based line in the Markdown, so a problem found in the HTML tree can name its source line.
 */
export interface RenderedMarkdown {
  html: string
  blocks: Array<{ offset: number; line: number }>
}

/** A Markdown-to-HTML function; one per deck compile, never the global `marked`. */
export type RenderMarkdown = (markdown: string) => RenderedMarkdown

/**
 * Creates the only Marked instance Briefdeck uses: GitHub-flavoured Markdown as reveal.js's
 * markdown plugin configures it, plus one extension per reveal-specific syntax.
 * Raw HTML passes through here; `sanitizeTree` decides what of it survives.
 */
export function createMarkdown(): RenderMarkdown {
  const marked = new Marked({ gfm: true, breaks: false, async: false })
  // Footnotes (`text[^1]` and `[^1]: …`) are marked-footnote's; the slide's notes pass numbers them.
  marked.use(codeLineNumbers(), preserveBlankLines(), markedFootnote({ description: '' }), citations(), sourcesList())
  // Math, charts and diagrams (issue 16): their fences come after codeLineNumbers, so they see their blocks first.
  marked.use(mathMarkdown(), chartFence(), mermaidFence())
  return (markdown) => {
    let html = ''
    const blocks: RenderedMarkdown['blocks'] = []
    const tokens = marked.lexer(markdown)
    // Each block's line, counted in source order, before the walk below moves marked-footnote's list of
    // footnotes last. That token comes first, standing for the text's leading blank lines, but its `raw`
    // is not always theirs (the token is reused from one text to the next): they are what the others leave.
    const lines = new Map<Token, number>()
    const rest = tokens.reduce((length, token) => length + (token.type === 'footnotes' ? 0 : token.raw.length), 0)
    let counted = newlines(markdown.slice(0, Math.max(0, markdown.length - rest)))
    for (const token of tokens) {
      lines.set(token, token.type === 'footnotes' ? 0 : counted)
      if (token.type !== 'footnotes') counted += newlines(token.raw)
    }
    // Each footnote's text is at its definition's line (the list of footnotes is rendered apart from them).
    const definitionLines = new Map(tokens.filter((token) => token.type === 'footnote').map((token) => [encodeURIComponent(String((token as Tokens.Generic).label)), lines.get(token) ?? 0]))
    // Blocks are parsed one by one below, not by marked.parse: its token walk (marked-footnote moves its
    // list of footnotes last and resets for the next slide there) is run here as parse would.
    const walk = marked.defaults.walkTokens
    if (walk) marked.walkTokens(tokens, walk)
    for (const token of tokens) {
      const start = html.length
      const line = lines.get(token) ?? 0
      blocks.push({ offset: start, line })
      html += marked.parser([token])
      // A list is one block, but each of its items (nested ones too) starts a line of its own.
      if (token.type === 'list') blocks.push(...itemBlocks(html, start, itemLines(token as Tokens.List, line)))
      if (token.type === 'footnotes') blocks.push(...footnoteBlocks(html, start, definitionLines))
    }
    return { html, blocks }
  }
}

/**
 * The list of footnotes marked-footnote writes, line by line, each line at the line of the definition
 * it belongs to (its first line: the list's HTML does not follow the definitions' line breaks).
 */
function footnoteBlocks(html: string, start: number, definitionLines: ReadonlyMap<string, number>): RenderedMarkdown['blocks'] {
  const blocks: RenderedMarkdown['blocks'] = []
  let line = definitionLines.values().next().value ?? 0
  const pattern = /<li id="footnote-([^"]*)">|\n/g
  pattern.lastIndex = start
  for (let match = pattern.exec(html); match !== null; match = pattern.exec(html)) {
    if (match[1] !== undefined) line = definitionLines.get(match[1]) ?? line
    blocks.push({ offset: match[1] !== undefined ? match.index : match.index + 1, line })
  }
  return blocks
}

function newlines(text: string): number {
  let count = 0
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++
  return count
}

/** The source line of each item of a list, nested items included, in the order their `<li>`s are written. */
function itemLines(list: Tokens.List, first: number): number[] {
  const lines: number[] = []
  let line = first
  for (const item of list.items) {
    lines.push(line)
    let inner = line
    for (const token of item.tokens as Token[]) {
      if (token.type === 'list') lines.push(...itemLines(token as Tokens.List, inner))
      inner += newlines(token.raw)
    }
    line += newlines(item.raw)
  }
  return lines
}

/** Pairs each `<li` written from `from` on with its item's line (marked writes them in the items' order). */
function itemBlocks(html: string, from: number, lines: number[]): RenderedMarkdown['blocks'] {
  const blocks: RenderedMarkdown['blocks'] = []
  let at = html.indexOf('<li', from)
  for (const line of lines) {
    if (at === -1) break
    blocks.push({ offset: at, line })
    at = html.indexOf('<li', at + 3)
  }
  return blocks
}
