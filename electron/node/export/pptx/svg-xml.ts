import { type HtmlElement, type HtmlNode, NS, isElement, isText } from '../../../../renderer/core/html/html-tree'

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * An inline `<svg>` as a standalone SVG document (XML, with its namespaces), for PowerPoint's SVG
 * picture part. The HTML serialiser's output is not always XML (entities, unquoted names), so the
 * tree is written out here. HTML inside the SVG (only at `<title>`/`<desc>`) keeps its text.
 */
export function toSvgXml(svg: HtmlElement): string {
  let usesXlink = false
  const write = (node: HtmlNode): string => {
    if (isText(node)) return escape(node.value)
    if (!isElement(node)) return ''
    if (node.namespaceURI !== NS.SVG) return node.childNodes.map(write).join('')
    // Namespace declarations are written once, on the root, below.
    const attrs = node.attrs.filter((attr) => attr.name !== 'xmlns' && attr.prefix !== 'xmlns').map((attr) => {
      if (attr.prefix === 'xlink') usesXlink = true
      return ` ${attr.prefix ? `${attr.prefix}:` : ''}${attr.name}="${escape(attr.value)}"`
    }).join('')
    const inner = node.childNodes.map(write).join('')
    return `<${node.tagName}${attrs}${inner === '' ? '/>' : `>${inner}</${node.tagName}>`}`
  }
  const body = write(svg)
  const xmlns = ` xmlns="http://www.w3.org/2000/svg"${usesXlink ? ' xmlns:xlink="http://www.w3.org/1999/xlink"' : ''}`
  return body.replace(/^<svg/, `<svg${xmlns}`)
}
