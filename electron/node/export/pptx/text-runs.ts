import { type HtmlChild, type HtmlElement, NS, getAttribute, hasClass, isElement, isText } from '../../../../renderer/core/html/html-tree'

/** How a run of text is set: what PowerPoint can say about a run. */
export interface RunStyle {
  bold?: boolean
  italic?: boolean
  /** Set in the code font. */
  code?: boolean
  underline?: boolean
  strike?: boolean
  sup?: boolean
  sub?: boolean
  /** Highlighted, as `<mark>`. */
  mark?: boolean
  /** An external link (http, https or mailto). */
  link?: string
  /** A role colour the look resolves: a `bd-term`, or a hex colour from code highlighting. */
  color?: 'term' | 'muted' | { hex: string }
}

/** A run: text in one style. `lineBreak` starts a new line inside the paragraph (`<br>`). */
export interface TextRun extends RunStyle {
  text: string
  lineBreak?: boolean
}

const TAG_STYLES: Record<string, RunStyle> = {
  strong: { bold: true }, b: { bold: true }, em: { italic: true }, i: { italic: true }, cite: { italic: true },
  dfn: { italic: true }, var: { italic: true }, code: { code: true }, kbd: { code: true }, samp: { code: true },
  tt: { code: true }, u: { underline: true }, ins: { underline: true }, s: { strike: true }, del: { strike: true },
  strike: { strike: true }, sup: { sup: true }, sub: { sub: true }, mark: { mark: true }, small: { color: 'muted' },
}

/** Elements whose content is never text on a slide. */
const SKIPPED = new Set(['style', 'rp', 'img', 'video', 'audio', 'picture', 'source', 'track', 'wbr'])

/** A link PowerPoint may open: the web and e-mail only; a slide anchor (`#/3`) stays plain text. */
export function safeLink(href: string | undefined): string | undefined {
  return href !== undefined && /^(https?:\/\/|mailto:)/i.test(href.trim()) ? href.trim() : undefined
}

/**
 * Inline HTML to runs, with white space collapsed as a browser renders it: a run per change of
 * style, `<br>` as a line break, `<q>` in curly quotes, a task list's checkbox as ☐ or ☑.
 */
export function toTextRuns(nodes: readonly HtmlChild[], style: RunStyle = {}): TextRun[] {
  const runs: TextRun[] = []
  let lineBreak = false
  const push = (text: string, runStyle: RunStyle): void => {
    if (text === '') return
    const last = runs.at(-1)
    if (last && !lineBreak && sameStyle(last, runStyle)) last.text += text
    else runs.push({ ...runStyle, text, ...(lineBreak ? { lineBreak: true } : {}) })
    lineBreak = false
  }
  const visit = (node: HtmlChild, runStyle: RunStyle): void => {
    if (isText(node)) return push(node.value.replace(/\s+/g, ' '), runStyle)
    if (!isElement(node) || SKIPPED.has(node.tagName)) return
    if (node.tagName === 'br') {
      lineBreak = true
      return
    }
    if (node.tagName === 'input') return push(getAttribute(node, 'checked') === undefined ? '☐ ' : '☑ ', runStyle)
    const inner = elementStyle(node, runStyle)
    if (node.tagName === 'q') push('“', inner)
    if (node.tagName === 'rt') push(' (', inner)
    for (const child of node.childNodes) visit(child, inner)
    if (node.tagName === 'rt') push(')', inner)
    if (node.tagName === 'q') push('”', inner)
  }
  for (const node of nodes) visit(node, style)
  return trimRuns(runs)
}

function elementStyle(element: HtmlElement, style: RunStyle): RunStyle {
  const own = element.namespaceURI === NS.HTML ? TAG_STYLES[element.tagName] : undefined
  const next: RunStyle = { ...style, ...own }
  if (element.tagName === 'a') {
    const link = safeLink(getAttribute(element, 'href'))
    if (link) next.link = link
  }
  if (hasClass(element, 'bd-term')) Object.assign(next, { bold: true, color: 'term' })
  return next
}

function sameStyle(a: RunStyle, b: RunStyle): boolean {
  const keys: Array<keyof RunStyle> = ['bold', 'italic', 'code', 'underline', 'strike', 'sup', 'sub', 'mark', 'link']
  return keys.every((key) => (a[key] ?? false) === (b[key] ?? false)) && JSON.stringify(a.color) === JSON.stringify(b.color)
}

/** A paragraph starts and ends without white space, as a browser shows it; empty runs go. */
function trimRuns(runs: TextRun[]): TextRun[] {
  for (let i = 0; i < runs.length; i++) {
    const atStart = i === 0 || runs[i].lineBreak
    if (atStart) runs[i].text = runs[i].text.replace(/^ /, '')
    const atEnd = i === runs.length - 1 || runs[i + 1].lineBreak
    if (atEnd) runs[i].text = runs[i].text.replace(/ $/, '')
    if (i > 0 && runs[i - 1].text.endsWith(' ') && !runs[i].lineBreak) runs[i].text = runs[i].text.replace(/^ /, '')
  }
  const kept: TextRun[] = []
  for (const run of runs) {
    if (run.text !== '') kept.push(run)
    else if (run.lineBreak && kept.length > 0) kept.push(run)
  }
  return kept
}

/** The plain text of runs, for measuring and for tests. */
export function runsText(runs: readonly TextRun[]): string {
  return runs.map((run) => (run.lineBreak ? '\n' : '') + run.text).join('')
}
