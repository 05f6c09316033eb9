import {
  type HtmlComment, type HtmlElement, type HtmlNode, childrenOf, isComment, isElement, isText, walk,
} from './html-tree'

/** Where an attribute set by a comment came from, so a problem with it points at the comment's line. */
export type AttributeOrigins = Map<HtmlElement, Map<string, HtmlComment>>

/**
 * Applies reveal.js attribute comments to a slide's tree exactly as reveal.js's markdown plugin
 * does: an element comment (`<!-- .element: class="x" -->`) styles the nearest preceding element
 * sibling (not `<br>`), or its parent when there is none, or the last item of a list it directly
 * follows; a slide comment (`<!-- .slide: data-state="y" -->`), or an element comment with nowhere
 * to go, styles the slide's `<section>`. Returns where each applied attribute came from.
 */
export function applyAttributeComments(section: HtmlElement): AttributeOrigins {
  const origins: AttributeOrigins = new Map()
  walk(section, (node) => {
    const children = childrenOf(node)
    if (!isElement(node) || children.length === 0) return
    // One pass per parent: each comment's target is the last element sibling before it (linear, not a scan back each time).
    let previous: HtmlElement = node
    children.forEach((child, i) => {
      if (isComment(child)) applyComment(child, previous, children[i - 1], section, origins)
      else if (isElement(child) && child.tagName !== 'br') previous = child
    })
  })
  return origins
}

function applyComment(comment: HtmlComment, previous: HtmlElement, before: HtmlNode | undefined, section: HtmlElement, origins: AttributeOrigins): void {
  let target = previous
  // A comment right after a list styles its last item, unless a blank line separates them (reveal.js's rule).
  const blankLineBefore = before !== undefined && isText(before) && /\n[ \t]*\n/.test(before.value)
  if ((target.tagName === 'ul' || target.tagName === 'ol') && !blankLineBefore) target = lastElementChild(target) ?? target
  const element = readComment(comment.data, '.element')
  const slide = element === null ? readComment(comment.data, '.slide:') : null
  const found = element ?? slide
  if (found === null) return
  comment.data = found.rest
  setAll(element !== null ? target : section, found.attributes, comment, origins)
}

function setAll(target: HtmlElement, attributes: Array<[string, string]>, comment: HtmlComment, origins: AttributeOrigins): void {
  let from = origins.get(target)
  if (!from) origins.set(target, (from = new Map()))
  for (const [name, value] of attributes) {
    const existing = target.attrs.find((attr) => attr.name === name && !attr.namespace)
    if (existing) existing.value = value
    else target.attrs.push({ name, value })
    from.set(name, comment)
  }
}

function lastElementChild(element: HtmlElement): HtmlElement | undefined {
  const children = childrenOf(element)
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i]
    if (isElement(child)) return child
  }
  return undefined
}

/**
 * Reads reveal.js's `.element` / `.slide:` marker and the attributes after it, to the end of that
 * line, in one pass (a regex over attribute text backtracks quadratically on long values). Null
 * when the comment has no such marker.
 */
export function readComment(data: string, marker: '.element' | '.slide:'): { attributes: Array<[string, string]>; rest: string } | null {
  const at = data.indexOf(marker)
  if (at === -1) return null
  let start = at + marker.length
  if (marker === '.element') {
    while (data[start] === ' ' || data[start] === '\t') start++
    if (data[start] === ':') start++
  }
  const lineEnd = data.indexOf('\n', start)
  const end = lineEnd === -1 ? data.length : lineEnd
  if (data.slice(start, end).trim() === '') return null
  return { attributes: readAttributes(data.slice(start, end)), rest: data.slice(0, at) + data.slice(end) }
}

/**
 * `name="value"`, `name='value'` or a bare `name` (such as `data-autoplay`), as reveal.js reads them;
 * names lower-cased. Also `name=value` unquoted, as HTML reads it, where reveal.js drops the value:
 * `data-audience=principal` silently ignored would put the principal's content in every copy.
 */
export function readAttributes(text: string): Array<[string, string]> {
  const attributes: Array<[string, string]> = []
  const isName = (ch: string): boolean => !/[\s"'=<>`]/.test(ch)
  let i = 0
  while (i < text.length) {
    while (i < text.length && !isName(text[i])) i++
    const nameStart = i
    while (i < text.length && isName(text[i])) i++
    if (i === nameStart) break
    const name = text.slice(nameStart, i).toLowerCase()
    let j = i
    while (text[j] === ' ' || text[j] === '\t') j++
    if (text[j] !== '=') {
      // A bare name counts only when whitespace or the end follows it, as in reveal.js.
      if (i === text.length || /\s/.test(text[i])) attributes.push([name, ''])
      continue
    }
    j++
    while (text[j] === ' ' || text[j] === '\t') j++
    const quote = text[j]
    if (quote !== '"' && quote !== "'") {
      let k = j
      while (k < text.length && !/[\s"'<>`]/.test(text[k])) k++
      if (k > j) attributes.push([name, text.slice(j, k)])
      i = k
      continue
    }
    const close = text.indexOf(quote, j + 1)
    if (close === -1) break
    attributes.push([name, text.slice(j + 1, close)])
    i = close + 1
  }
  return attributes
}
