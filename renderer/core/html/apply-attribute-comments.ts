import { type ChildNode, type Comment, type Element, isComment, isTag, isText } from 'domhandler'

/** reveal.js's defaults: `<!-- .element: class="x" -->` and `<!-- .slide: data-state="y" -->`. */
const ELEMENT_COMMENT = /\.element\s*?(.+?)$/m
const SLIDE_COMMENT = /\.slide:\s*?(\S.+?)$/m
/** `name="value"`, `name='value'` or a bare `name` such as `data-autoplay`. */
const ATTRIBUTE = /([^\s"'=<>`]+)\s*=\s*"([^"]*)"|([^\s"'=<>`]+)\s*=\s*'([^']*)'|([^\s"'=<>`]+)(?=\s|$)/g

/**
 * Applies reveal.js attribute comments to a slide's tree exactly as reveal.js's markdown plugin
 * does: an element comment styles the nearest preceding element sibling (not `<br>`), or its
 * parent when there is none, or the last item of a list it directly follows; a slide comment, or an
 * element comment with nowhere to go, styles the slide's `<section>`.
 */
export function applyAttributeComments(section: Element): void {
  walk(section, section, null)
}

function walk(section: Element, node: ChildNode | Element, previousElement: Element | null): void {
  if (isTag(node)) {
    let previousParent: Element = node
    node.children.forEach((child, i) => {
      for (let j = i - 1; j >= 0; j--) {
        const sibling = node.children[j]
        if (isTag(sibling) && sibling.name !== 'br') {
          previousParent = sibling
          break
        }
      }
      if (isTag(child) || isComment(child)) walk(section, child, previousParent)
    })
  }
  if (isComment(node)) {
    let target = previousElement
    const before = node.prev && isText(node.prev) ? node.prev.data : ''
    if (target && (target.name === 'ul' || target.name === 'ol') && !/\n[ \t]*\n/.test(before)) {
      target = lastElementChild(target) ?? target
    }
    if (!(target && applyComment(node, target, ELEMENT_COMMENT))) applyComment(node, section, SLIDE_COMMENT)
  }
}

function applyComment(comment: Comment, target: Element, pattern: RegExp): boolean {
  const match = pattern.exec(comment.data)
  if (!match) return false
  comment.data = comment.data.slice(0, match.index) + comment.data.slice(match.index + match[0].length)
  for (const [, name1, value1, name2, value2, bare] of match[1].replace(/^\s*:/, '').matchAll(ATTRIBUTE)) {
    if (name1 !== undefined) target.attribs[name1.toLowerCase()] = value1
    else if (name2 !== undefined) target.attribs[name2.toLowerCase()] = value2
    else if (bare !== undefined) target.attribs[bare.toLowerCase()] = ''
  }
  return true
}

function lastElementChild(element: Element): Element | undefined {
  for (let i = element.children.length - 1; i >= 0; i--) {
    const child = element.children[i]
    if (isTag(child)) return child
  }
  return undefined
}
