import { type DefaultTreeAdapterTypes, defaultTreeAdapter as tree, html, parseFragment, serialize } from 'parse5'

/** The nodes of an HTML tree, as the HTML standard's parser builds it (parse5's default tree). */
export type HtmlNode = DefaultTreeAdapterTypes.Node
export type HtmlElement = DefaultTreeAdapterTypes.Element
export type HtmlParent = DefaultTreeAdapterTypes.ParentNode
export type HtmlChild = DefaultTreeAdapterTypes.ChildNode
export type HtmlFragment = DefaultTreeAdapterTypes.DocumentFragment
export type HtmlText = DefaultTreeAdapterTypes.TextNode
export type HtmlComment = DefaultTreeAdapterTypes.CommentNode

export const NS = html.NS

/**
 * Parses HTML the way a browser parses it inside a `<section>` (the HTML standard's fragment
 * algorithm, foreign content included), so what Briefdeck inspects is what a page will build.
 * With `locations`, every node knows its offset in `source`.
 */
export function parseHtml(source: string, options: { locations?: boolean } = {}): HtmlFragment {
  return parseFragment(tree.createElement('section', NS.HTML, []), source, { sourceCodeLocationInfo: options.locations ?? false })
}

/**
 * Serialises children as the HTML standard does; parse5 escapes `&`, `"`, `<` and `>` in every
 * attribute value, so no attribute can be read as markup by a later parser (checked at load below).
 */
export function serializeHtml(node: HtmlParent): string {
  return serialize(node)
}

// parse5 before 8 wrote `<` raw in attribute values (mutation XSS): refuse to run on such a serialiser.
const probe = serialize(parseFragment('<p title="&lt;/p&gt;">'))
if (probe !== '<p title="&lt;/p&gt;"></p>') throw new Error(`the HTML serialiser does not escape < and > in attributes: ${probe}`)

export function isElement(node: HtmlNode): node is HtmlElement {
  return tree.isElementNode(node)
}

export function isText(node: HtmlNode): node is HtmlText {
  return node.nodeName === '#text'
}

export function isComment(node: HtmlNode): node is HtmlComment {
  return node.nodeName === '#comment'
}

/** An element's attribute (a plain one, not namespaced), or undefined. */
export function getAttribute(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name && !attr.namespace)?.value
}

export function setAttribute(element: HtmlElement, name: string, value: string): void {
  const found = element.attrs.find((attr) => attr.name === name && !attr.namespace)
  if (found) found.value = value
  else element.attrs.push({ name, value })
}

export function removeAttribute(element: HtmlElement, name: string): void {
  element.attrs = element.attrs.filter((attr) => attr.name !== name || !!attr.namespace)
}

/** An element's plain attributes as a record. */
export function attributesOf(element: HtmlElement): Record<string, string> {
  const record: Record<string, string> = {}
  for (const attr of element.attrs) if (!attr.namespace) record[attr.name] = attr.value
  return record
}

export function hasClass(element: HtmlElement, name: string): boolean {
  return (getAttribute(element, 'class') ?? '').split(/\s+/).includes(name)
}

export function createElement(name: string, attributes: Record<string, string> = {}): HtmlElement {
  return tree.createElement(name, NS.HTML, Object.entries(attributes).map(([key, value]) => ({ name: key, value })))
}

export function appendChild(parent: HtmlParent, child: HtmlChild): void {
  tree.detachNode(child)
  tree.appendChild(parent, child)
}

export function removeNode(node: HtmlChild): void {
  tree.detachNode(node)
}

/** Replaces an element by its children (unknown formatting tags keep their text); returns them. */
export function unwrap(element: HtmlElement): HtmlChild[] {
  const parent = element.parentNode
  const children = [...element.childNodes]
  if (!parent) return children
  const at = parent.childNodes.indexOf(element)
  for (const child of children) child.parentNode = parent
  parent.childNodes.splice(at, 1, ...children)
  element.childNodes = []
  element.parentNode = null
  return children
}

/** The text of a subtree, in document order (a loop, so deep trees cannot overflow the stack). */
export function textContent(node: HtmlNode): string {
  let text = ''
  walk(node, (visited) => {
    if (isText(visited)) text += visited.value
  })
  return text
}

/** Every element under `root` (not `root` itself) that `match` accepts, in document order. */
export function findAll(root: HtmlNode, match: (element: HtmlElement) => boolean): HtmlElement[] {
  const found: HtmlElement[] = []
  walk(root, (node) => {
    if (node !== root && isElement(node) && match(node)) found.push(node)
  })
  return found
}

/** The children of a node that has them (elements, fragments); a `<template>`'s content is not followed. */
export function childrenOf(node: HtmlNode): HtmlChild[] {
  return 'childNodes' in node ? node.childNodes : []
}

/** Visits `root` and its descendants in document order, iteratively. */
export function walk(root: HtmlNode, visit: (node: HtmlNode) => void): void {
  const stack: HtmlNode[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode
    visit(node)
    const children = childrenOf(node)
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i])
  }
}
