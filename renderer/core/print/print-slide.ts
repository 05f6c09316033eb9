import render from 'dom-serializer'
import { type Element, isTag } from 'domhandler'
import { DomUtils, parseDocument } from 'htmlparser2'

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
  const doc = parseDocument(html, { decodeEntities: true })
  if (highlight) {
    for (const code of DomUtils.findAll((el) => el.name === 'code' && el.parent !== null && isTag(el.parent) && el.parent.name === 'pre', doc.children)) {
      highlightBlock(code, highlight)
    }
  }
  const fragments = DomUtils.findAll((el) => hasClass(el, 'fragment'), doc.children)
  const groups = groupFragments(fragments)
  return {
    steps: groups.length,
    htmlAt(shown) {
      groups.forEach((group, index) => {
        for (const fragment of group) setClass(fragment, 'bd-fragment-hidden', index >= shown)
      })
      return render(doc.children, { encodeEntities: 'utf8' })
    },
  }
}

function groupFragments(fragments: Element[]): Element[][] {
  const byIndex = new Map<number, Element[]>()
  const unnumbered: Element[][] = []
  for (const fragment of fragments) {
    const index = Number.parseInt(fragment.attribs['data-fragment-index'] ?? '', 10)
    if (Number.isNaN(index)) unnumbered.push([fragment])
    else byIndex.set(index, [...(byIndex.get(index) ?? []), fragment])
  }
  return [...[...byIndex.entries()].sort(([a], [b]) => a - b).map(([, group]) => group), ...unnumbered]
}

function highlightBlock(code: Element, highlight: HighlightCode): void {
  const language = /(?:^|\s)language-([\w+#.-]+)/.exec(code.attribs.class ?? '')?.[1] ?? ''
  const highlighted = highlight(DomUtils.textContent(code), language)
  if (highlighted === null) return
  for (const child of [...code.children]) DomUtils.removeElement(child)
  for (const child of [...parseDocument(highlighted, { decodeEntities: true }).children]) DomUtils.appendChild(code, child)
  code.attribs.class = `${code.attribs.class ?? ''} hljs`.trim()
}

function hasClass(element: Element, name: string): boolean {
  return (element.attribs.class ?? '').split(/\s+/).includes(name)
}

function setClass(element: Element, name: string, on: boolean): void {
  const classes = (element.attribs.class ?? '').split(/\s+/).filter((c) => c !== '' && c !== name)
  if (on) classes.push(name)
  element.attribs.class = classes.join(' ')
}
