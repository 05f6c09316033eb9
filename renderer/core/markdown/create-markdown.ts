import { Marked } from 'marked'
import { codeLineNumbers } from './code-line-numbers'
import { preserveBlankLines } from './preserve-blank-lines'

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
  marked.use(codeLineNumbers(), preserveBlankLines())
  return (markdown) => {
    let html = ''
    let line = 0
    const blocks: RenderedMarkdown['blocks'] = []
    for (const token of marked.lexer(markdown)) {
      blocks.push({ offset: html.length, line })
      html += marked.parser([token])
      for (let at = token.raw.indexOf('\n'); at !== -1; at = token.raw.indexOf('\n', at + 1)) line++
    }
    return { html, blocks }
  }
}
