import { type HtmlElement, type HtmlParent, NS, isElement } from './html-tree'

/**
 * What HTML a deck may contain: elements that format or show media and cannot run script, in the
 * namespace where the HTML parser puts them. Names are as the parser gives them (SVG's camelCase).
 */
export const HTML_ELEMENTS = new Set([
  'a', 'abbr', 'address', 'article', 'aside', 'audio', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br',
  'caption', 'center', 'cite', 'code', 'col', 'colgroup', 'data', 'dd', 'del', 'details', 'dfn', 'div',
  'dl', 'dt', 'em', 'figcaption', 'figure', 'font', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'i', 'img', 'input', 'ins', 'kbd', 'li', 'main', 'mark', 'nav', 'ol', 'p',
  'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'source', 'span',
  'strike', 'strong', 'style', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'time', 'tr', 'track', 'tt', 'u', 'ul', 'var', 'video', 'wbr',
])
export const SVG_ELEMENTS = new Set([
  'svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan',
  'textPath', 'defs', 'linearGradient', 'radialGradient', 'stop', 'title', 'desc', 'clipPath', 'mask',
  'pattern', 'marker', 'symbol', 'use', 'image', 'filter', 'feBlend', 'feColorMatrix', 'feComposite',
  'feFlood', 'feGaussianBlur', 'feMerge', 'feMergeNode', 'feOffset', 'feDropShadow',
])
export const MATHML_ELEMENTS = new Set([
  'math', 'mi', 'mn', 'mo', 'ms', 'mtext', 'mrow', 'msup', 'msub', 'msubsup', 'mfrac', 'msqrt',
  'mroot', 'mtable', 'mtr', 'mtd', 'mspace', 'menclose', 'mover', 'munder', 'munderover', 'mpadded',
  'mphantom', 'mstyle', 'semantics', 'annotation',
])

/**
 * Removed with everything inside them: they run script, load documents, or parse differently in
 * browsers than in Briefdeck's parser (`select` and its kin in Chromium's customisable select, the
 * raw-text elements, `noscript` with scripting off, `template` contents).
 */
export const DROPPED_WITH_CONTENT = new Set([
  'script', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'noembed',
  'noframes', 'xmp', 'plaintext', 'textarea', 'title', 'select', 'option', 'optgroup', 'datalist',
  'selectedcontent', 'head', 'meta', 'link', 'base', 'foreignObject', 'annotation-xml', 'mglyph',
  'malignmark', 'animate', 'animateMotion', 'animateTransform', 'set', 'handler', 'listener', 'portal',
  'param', 'form', 'button', 'dialog', 'discard',
])

/** Inside SVG, HTML may only appear as the text of these (HTML integration points); never foreignObject. */
const SVG_HTML_POINTS = new Set(['title', 'desc'])
/** Inside MathML, HTML may only appear in these token elements (text integration points). */
const MATHML_TEXT_POINTS = new Set(['mi', 'mo', 'mn', 'ms', 'mtext'])

/**
 * Whether an element may stay under its parent, DOMPurify-style: `<svg>` and `<math>` only in HTML,
 * their elements only in their own namespace, HTML inside them only at integration points, and
 * `<style>` nowhere inside foreign content (its text would be markup there).
 */
export function isPlacementAllowed(element: HtmlElement, parent: HtmlParent): boolean {
  const name = element.tagName
  const parentNs = isElement(parent) ? parent.namespaceURI : NS.HTML
  const parentName = isElement(parent) ? parent.tagName : 'section'
  switch (element.namespaceURI) {
    case NS.HTML:
      if (!HTML_ELEMENTS.has(name)) return false
      if (name === 'style') return !hasForeignAncestor(element)
      if (parentNs === NS.SVG) return SVG_HTML_POINTS.has(parentName)
      if (parentNs === NS.MATHML) return MATHML_TEXT_POINTS.has(parentName)
      return true
    case NS.SVG:
      if (!SVG_ELEMENTS.has(name)) return false
      return name === 'svg' ? parentNs === NS.HTML && !hasForeignAncestor(element) : parentNs === NS.SVG
    case NS.MATHML:
      if (!MATHML_ELEMENTS.has(name)) return false
      if (name === 'math') return parentNs === NS.HTML && !hasForeignAncestor(element)
      return parentNs === NS.MATHML && !MATHML_TEXT_POINTS.has(parentName) && parentName !== 'annotation'
    default:
      return false
  }
}

/** Whether an element not allowed where it is should go with its content (else it is unwrapped). */
export function isDroppedWithContent(element: HtmlElement): boolean {
  const name = element.tagName
  if (DROPPED_WITH_CONTENT.has(name) || name === 'style') return true
  // Unknown SVG and MathML elements are not formatting wrappers: their content means nothing in HTML.
  return element.namespaceURI !== NS.HTML && !SVG_ELEMENTS.has(name) && !MATHML_ELEMENTS.has(name)
}

function hasForeignAncestor(element: HtmlElement): boolean {
  for (let node = element.parentNode; node && isElement(node); node = node.parentNode) {
    if (node.namespaceURI !== NS.HTML) return true
  }
  return false
}

export const HTML_GLOBAL_ATTRIBUTES = new Set([
  'class', 'id', 'title', 'lang', 'dir', 'style', 'role', 'hidden', 'align', 'valign', 'translate', 'tabindex',
  'width', 'height', 'bgcolor', 'nowrap',
])
export const HTML_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href', 'target', 'rel', 'hreflang'], img: ['src', 'srcset', 'sizes', 'alt', 'loading', 'decoding'],
  source: ['src', 'srcset', 'sizes', 'type', 'media'], video: ['src', 'poster', 'controls', 'loop', 'muted', 'autoplay', 'playsinline', 'preload'],
  audio: ['src', 'controls', 'loop', 'muted', 'autoplay', 'preload'], track: ['src', 'kind', 'srclang', 'label', 'default'],
  ol: ['start', 'reversed', 'type'], ul: ['type'], li: ['value'], td: ['colspan', 'rowspan', 'headers'], th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  col: ['span'], colgroup: ['span'], table: ['border', 'cellpadding', 'cellspacing', 'summary'], details: ['open'],
  blockquote: ['cite'], q: ['cite'], del: ['cite', 'datetime'], ins: ['cite', 'datetime'], time: ['datetime'], data: ['value'],
  input: ['type', 'checked', 'disabled'], font: ['color', 'size', 'face'], bdo: ['dir'],
}
export const SVG_ATTRIBUTES = new Set([
  'id', 'class', 'style', 'viewBox', 'width', 'height', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry',
  'd', 'points', 'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin',
  'stroke-dasharray', 'stroke-dashoffset', 'stroke-opacity', 'stroke-miterlimit', 'opacity', 'transform', 'font-size',
  'font-family', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'alignment-baseline', 'dx', 'dy',
  'offset', 'stop-color', 'stop-opacity', 'gradientUnits', 'gradientTransform', 'spreadMethod', 'fx', 'fy', 'clip-path',
  'clipPathUnits', 'clip-rule', 'mask', 'maskUnits', 'maskContentUnits', 'patternUnits', 'patternContentUnits',
  'patternTransform', 'markerWidth', 'markerHeight', 'markerUnits', 'refX', 'refY', 'orient', 'preserveAspectRatio',
  'href', 'xlink:href', 'filter', 'filterUnits', 'primitiveUnits', 'in', 'in2', 'result', 'stdDeviation', 'mode',
  'operator', 'k1', 'k2', 'k3', 'k4', 'values', 'type', 'flood-color', 'flood-opacity', 'marker-start', 'marker-mid',
  'marker-end', 'vector-effect', 'lengthAdjust', 'textLength', 'startOffset', 'visibility', 'display', 'role',
  'aria-label', 'aria-hidden', 'aria-roledescription', 'lang', 'paint-order', 'letter-spacing', 'shape-rendering',
  'text-rendering', 'pointer-events', 'focusable',
])
export const MATHML_ATTRIBUTES = new Set([
  'id', 'class', 'style', 'dir', 'display', 'mathvariant', 'mathcolor', 'mathbackground', 'mathsize', 'displaystyle',
  'scriptlevel', 'fence', 'separator', 'stretchy', 'symmetric', 'largeop', 'movablelimits', 'accent', 'accentunder',
  'lspace', 'rspace', 'linethickness', 'notation', 'columnalign', 'rowalign', 'columnspan', 'rowspan', 'width',
  'height', 'depth', 'voffset', 'encoding', 'minsize', 'maxsize', 'form', 'alttext', 'columnspacing', 'rowspacing',
  'columnlines', 'rowlines', 'frame', 'framespacing', 'equalrows', 'equalcolumns', 'side', 'minlabelspacing',
])

/** SVG presentation attributes the browser reads as CSS values, so they may hold `url()`. */
export const SVG_CSS_ATTRIBUTES = new Set(['fill', 'stroke', 'filter', 'mask', 'clip-path', 'marker-start', 'marker-mid', 'marker-end'])

/** Whether an attribute (by its qualified name) is allowed on an element at all. */
export function isAttributeAllowed(element: HtmlElement, name: string): boolean {
  switch (element.namespaceURI) {
    case NS.HTML:
      return HTML_GLOBAL_ATTRIBUTES.has(name) || /^(aria|data)-[a-z0-9_.-]+$/.test(name) || (HTML_ATTRIBUTES[element.tagName] ?? []).includes(name)
    case NS.SVG:
      return SVG_ATTRIBUTES.has(name)
    case NS.MATHML:
      return MATHML_ATTRIBUTES.has(name)
    default:
      return false
  }
}

/**
 * Ids the page's own scripts and styles use: a deck element with one of these could stand in for the
 * runtime's config (`bd-config`) or a global the runtime reads (`window.RevealHighlight`), so such
 * ids are removed.
 */
export function isReservedId(id: string): boolean {
  return /^bd-/i.test(id) || /^(briefdeck|Reveal\w*|hljs|mermaid|katex|vega)$/i.test(id)
}
