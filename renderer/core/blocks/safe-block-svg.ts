import {
  type HtmlElement, NS, findAll, getAttribute, isElement, parseHtml, serializeHtml, setAttribute, textContent, unwrap,
} from '../html/html-tree'
import { sanitizeTree } from '../html/sanitize-tree'
import type { BlockResult } from './block'

/** A drawing may be this large once sanitised: a slide never needs more, and every view carries it. */
export const MAX_BLOCK_SVG = 4 * 1024 * 1024

/**
 * A drawn chart or diagram made safe to put on a slide, whoever drew it: parsed as a browser parses
 * it and passed through the deck sanitiser (no script, no links, nothing loaded). Links are
 * unwrapped to their content (a diagram's `click … href` draws its node, and goes nowhere). Ids get
 * the block's key as prefix, so two drawings on one page never share one (clip paths, arrowheads).
 * The root `<svg>` becomes an image described by `alt`.
 */
export function safeBlockSvg(svg: string, key: string, alt: string): BlockResult {
  if (svg.length > MAX_BLOCK_SVG) return { ok: false, message: `the drawing is ${Math.ceil(svg.length / 1024 / 1024)} MiB, more than a slide can hold; draw fewer marks` }
  const fragment = parseHtml(svg)
  const root = fragment.childNodes.find((node): node is HtmlElement => isElement(node))
  if (!root || root.tagName !== 'svg' || root.namespaceURI !== NS.SVG) return { ok: false, message: 'the drawing is not an SVG image' }
  fragment.childNodes = [root]
  for (const link of findAll(root, (el) => el.tagName === 'a')) unwrap(link)
  sanitizeTree(fragment, { report: () => {} })
  prefixIds(root, key)
  for (const name of ['role', 'aria-label', 'aria-roledescription']) root.attrs = root.attrs.filter((attr) => attr.name !== name)
  setAttribute(root, 'role', 'img')
  setAttribute(root, 'aria-label', alt)
  const text = findAll(root, (el) => el.tagName === 'text').map((el) => textContent(el).trim()).filter(Boolean).join(' ')
  return { ok: true, svg: serializeHtml(fragment), alt, text }
}

/** Prefixes every id, and every `#id` reference to it (`href`, `url(#id)`), with `key`. */
function prefixIds(root: HtmlElement, key: string): void {
  const elements = [root, ...findAll(root, () => true)]
  const ids = new Set(elements.map((el) => getAttribute(el, 'id')).filter((id): id is string => id !== undefined))
  if (ids.size === 0) return
  const rename = (id: string): string => (ids.has(id) ? `${key}-${id}` : id)
  for (const element of elements) {
    for (const attr of element.attrs) {
      if (attr.name === 'id') attr.value = rename(attr.value)
      else if (attr.name === 'href' && attr.value.startsWith('#')) attr.value = `#${rename(attr.value.slice(1))}`
      else if (attr.value.includes('url(')) attr.value = attr.value.replace(/url\((['"]?)#([^)'"\s]+)\1\)/g, (_m, _q: string, id: string) => `url(#${rename(id)})`)
    }
  }
}
