import {
  type HtmlElement, appendChild, findAll, getAttribute, hasClass, isElement, parseHtml, serializeHtml, setAttribute, textContent,
} from '../html/html-tree'

/** Highlights code for print, where no highlight plugin runs: HTML of the code, or null to leave it plain. */
export type HighlightCode = (code: string, language: string) => string | null

/** A slide's HTML prepared for print: code highlighted, fragments grouped in reveal.js's order. */
export interface PrintSlide {
  /** The number of fragment steps (groups), 0 when the slide has no fragments. */
  steps: number
  /** The slide's HTML with fragments of step `shown` and later hidden; `steps` shows everything. */
  htmlAt(shown: number): string
}

/**
 * Prepares a slide for print. Fragments are grouped as reveal.js's sortFragments does: explicit
 * `data-fragment-index` values first, in index order, then each unnumbered fragment as its own step.
 */
export function toPrintSlide(html: string, highlight?: HighlightCode): PrintSlide {
  const tree = parseHtml(html)
  if (highlight) {
    const blocks = findAll(tree, (el) => el.tagName === 'code' && el.parentNode !== null && isElement(el.parentNode) && el.parentNode.tagName === 'pre')
    for (const code of blocks) highlightBlock(code, highlight)
  }
  const groups = groupFragments(findAll(tree, (el) => hasClass(el, 'fragment')))
  return {
    steps: groups.length,
    htmlAt(shown) {
      groups.forEach((group, index) => {
        for (const fragment of group) setClass(fragment, 'bd-fragment-hidden', index >= shown)
      })
      return serializeHtml(tree)
    },
  }
}

/** Fragments in reveal.js's steps: numbered ones by `data-fragment-index`, then each unnumbered one alone. */
export function groupFragments(fragments: HtmlElement[]): HtmlElement[][] {
  const byIndex = new Map<number, HtmlElement[]>()
  const unnumbered: HtmlElement[][] = []
  for (const fragment of fragments) {
    const index = Number.parseInt(getAttribute(fragment, 'data-fragment-index') ?? '', 10)
    if (Number.isNaN(index)) unnumbered.push([fragment])
    else byIndex.set(index, [...(byIndex.get(index) ?? []), fragment])
  }
  return [...[...byIndex.entries()].sort(([a], [b]) => a - b).map(([, group]) => group), ...unnumbered]
}

function highlightBlock(code: HtmlElement, highlight: HighlightCode): void {
  const language = /(?:^|\s)language-([\w+#.-]+)/.exec(getAttribute(code, 'class') ?? '')?.[1] ?? ''
  const highlighted = highlight(textContent(code), language)
  if (highlighted === null) return
  code.childNodes = []
  // highlight.js's own output: the code's text, escaped, in <span class="hljs-…"> elements.
  for (const child of [...parseHtml(highlighted).childNodes]) appendChild(code, child)
  setAttribute(code, 'class', `${getAttribute(code, 'class') ?? ''} hljs`.trim())
}

function setClass(element: HtmlElement, name: string, on: boolean): void {
  const classes = (getAttribute(element, 'class') ?? '').split(/\s+/).filter((c) => c !== '' && c !== name)
  if (on) classes.push(name)
  setAttribute(element, 'class', classes.join(' '))
}
