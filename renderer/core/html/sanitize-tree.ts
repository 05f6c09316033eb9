import { type ChildNode, type Element, type ParentNode, isComment, isTag, isText, Text } from 'domhandler'
import { DomUtils } from 'htmlparser2'
import { type ResolveAsset, classifyUrl } from './asset-url'
import { placeholderImage } from './placeholder-image'

/** A problem the sanitiser met; `needle` is source text to locate the line by. */
export interface SanitizeFinding {
  code: 'W_UNSAFE_HTML' | 'W_ASSET_OUTSIDE' | 'W_ASSET_MISSING' | 'W_REMOTE_ASSET'
  message: string
  needle: string
}

export interface SanitizeOptions {
  /** Maps a confined deck-relative path to a URL; without it local paths are kept as written. */
  resolveAsset?: ResolveAsset
  report: (finding: SanitizeFinding) => void
}

/** Elements that format or show media and cannot run script. */
const ALLOWED = new Set([
  'a', 'abbr', 'address', 'article', 'aside', 'audio', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br',
  'caption', 'center', 'cite', 'code', 'col', 'colgroup', 'data', 'dd', 'del', 'details', 'dfn', 'div',
  'dl', 'dt', 'em', 'figcaption', 'figure', 'font', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'i', 'img', 'input', 'ins', 'kbd', 'li', 'main', 'mark', 'nav', 'ol', 'p',
  'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'source', 'span',
  'strike', 'strong', 'style', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'time', 'tr', 'track', 'tt', 'u', 'ul', 'var', 'video', 'wbr',
  // SVG drawing (htmlparser2 lower-cases tag names)
  'svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan',
  'textpath', 'defs', 'lineargradient', 'radialgradient', 'stop', 'title', 'desc', 'clippath', 'mask',
  'pattern', 'marker', 'symbol', 'use', 'image', 'filter', 'feblend', 'fecolormatrix', 'fecomposite',
  'feflood', 'fegaussianblur', 'femerge', 'femergenode', 'feoffset', 'fedropshadow',
  // MathML
  'math', 'mi', 'mn', 'mo', 'ms', 'mtext', 'mrow', 'msup', 'msub', 'msubsup', 'mfrac', 'msqrt',
  'mroot', 'mtable', 'mtr', 'mtd', 'mspace', 'menclose', 'mover', 'munder', 'munderover', 'semantics',
  'annotation',
])

/** Elements that can run script, load a document or change the page: removed with their content. */
const REMOVED = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link',
  'noscript', 'template', 'foreignobject', 'annotation-xml', 'animate', 'animatemotion',
  'animatetransform', 'set', 'handler', 'listener', 'portal', 'head',
])

/** Attributes that would load or submit something, with no formatting use in a deck. */
const DROPPED_ATTRIBUTES = new Set([
  'action', 'formaction', 'srcdoc', 'background', 'dynsrc', 'lowsrc', 'ping', 'manifest', 'codebase',
  'classid', 'archive', 'profile', 'longdesc', 'http-equiv', 'data-background-iframe',
  'data-preview-link', 'data-markdown',
])

/** Attributes holding a URL of something the browser fetches. */
const RESOURCE_ATTRIBUTES = new Set([
  'src', 'poster', 'data-src', 'data-background-image', 'data-background-video', 'data-preview-image',
  'data-preview-video',
])

const VALID_NAME = /^[a-z_:][-a-z0-9_:.]*$/i
const MEDIA_FILE = /\.(png|jpe?g|gif|svg|webp|avif|bmp|ico|mp4|webm|ogg|ogv|mov|m4v)([?#]|$)/i
const FOREIGN = new Set(['svg', 'math'])

/**
 * Makes deck HTML safe to show: raw HTML in a deck may format and style, never run script, load
 * from the network or read outside the deck folder. Works in place on a DOM-free htmlparser2 tree.
 */
export function sanitizeTree(root: ParentNode, options: SanitizeOptions): void {
  for (const child of [...root.children]) sanitizeNode(child, options, false)
}

function sanitizeNode(node: ChildNode, options: SanitizeOptions, inForeign: boolean): void {
  if (isComment(node)) {
    DomUtils.removeElement(node)
    return
  }
  if (!isTag(node)) {
    if (!isText(node)) DomUtils.removeElement(node)
    return
  }
  const name = node.name.toLowerCase()
  if (REMOVED.has(name) || (name === 'style' && inForeign)) {
    options.report({
      code: 'W_UNSAFE_HTML', needle: `<${name}`,
      message: `<${name}> removed: HTML in a deck may format, but not run script or embed documents`,
    })
    DomUtils.removeElement(node)
    return
  }
  const foreign = inForeign || FOREIGN.has(name)
  for (const child of [...node.children]) sanitizeNode(child, options, foreign)
  if (!ALLOWED.has(name) || (name === 'input' && !isCheckbox(node))) {
    unwrap(node)
    return
  }
  if (name === 'style') {
    sanitizeStyleElement(node, options)
    return
  }
  sanitizeAttributes(node, name, options)
}

function sanitizeAttributes(node: Element, name: string, options: SanitizeOptions): void {
  for (const [attribute, value] of Object.entries(node.attribs)) {
    const drop = (why?: string): void => {
      delete node.attribs[attribute]
      if (why) options.report({ code: 'W_UNSAFE_HTML', needle: attribute, message: why })
    }
    if (!VALID_NAME.test(attribute)) drop()
    else if (attribute.startsWith('on')) drop(`${attribute}= removed from <${name}>: event handlers never run in a deck`)
    else if (DROPPED_ATTRIBUTES.has(attribute)) drop(`${attribute}= removed from <${name}>: it would load or submit content`)
    else if (attribute === 'style') {
      const css = sanitizeCss(value, options)
      if (css === null) drop(`style= removed from <${name}>: it contains script-like CSS`)
      else node.attribs.style = css
    } else if (attribute === 'href' || attribute === 'xlink:href') {
      if (name !== 'a' || attribute !== 'href') {
        // In SVG, href points at a fragment of the same document; anything else could load content.
        if (!value.trim().startsWith('#')) drop(`${attribute}= removed from <${name}>: only #fragment references are allowed`)
      } else {
        const verdict = classifyUrl(value, 'link')
        if (verdict.kind === 'unsafe') drop(`link to "${value.slice(0, 40)}" removed: only http(s), mailto, tel and relative links are allowed`)
        else if (node.attribs.target !== undefined) node.attribs.rel = 'noopener noreferrer'
      }
    } else if (attribute === 'cite') {
      if (classifyUrl(value, 'link').kind === 'unsafe') drop()
    } else if (attribute === 'srcset') {
      node.attribs.srcset = value
        .split(',')
        .map((candidate) => candidate.trim().split(/\s+/))
        .map(([url, size]) => [resolveResource(url ?? '', name, options), size])
        .filter(([url]) => url !== null)
        .map(([url, size]) => (size ? `${url} ${size}` : url))
        .join(', ')
    } else if (RESOURCE_ATTRIBUTES.has(attribute) || (attribute === 'data-background' && looksLikeMedia(value))) {
      const url = resolveResource(value, name, options)
      if (url === null) delete node.attribs[attribute]
      else node.attribs[attribute] = url
    }
  }
}

/**
 * Resolves a fetched URL. Images that cannot be shown get a visible placeholder so the audience
 * sees that something is missing; other media lose the attribute. Null means "drop it".
 */
function resolveResource(value: string, element: string, options: SanitizeOptions): string | null {
  const verdict = classifyUrl(value, 'resource')
  const fallback = (): string | null => (element === 'img' || element === 'image' ? placeholderImage(value) : null)
  switch (verdict.kind) {
    case 'keep':
      return verdict.url
    case 'unsafe':
      options.report({ code: 'W_UNSAFE_HTML', needle: value, message: `"${value.slice(0, 40)}" not loaded: not a local file or media data URL` })
      return fallback()
    case 'remote':
      options.report({ code: 'W_REMOTE_ASSET', needle: value, message: `remote asset ${value} not loaded: decks work offline, copy it next to the deck` })
      return fallback()
    case 'outside':
      options.report({ code: 'W_ASSET_OUTSIDE', needle: value, message: `asset ${value} is outside the deck's folder and is not loaded` })
      return fallback()
    case 'local': {
      if (!options.resolveAsset) return value
      const resolved = options.resolveAsset(verdict.path)
      if (resolved.ok) return resolved.url
      const where = resolved.reason === 'outside' ? 'links outside the deck folder' : 'not found'
      options.report({
        code: resolved.reason === 'outside' ? 'W_ASSET_OUTSIDE' : 'W_ASSET_MISSING', needle: value,
        message: `asset ${value} ${where}`,
      })
      return fallback()
    }
  }
}

/** Sanitises a <style> element: no `@import`, local `url()`s resolved, no `<` to break out of it. */
function sanitizeStyleElement(node: Element, options: SanitizeOptions): void {
  const css = sanitizeCss(DomUtils.textContent(node).replace(/@import[^;]*;?/gi, ''), options)
  node.attribs = {}
  node.children = []
  if (css !== null) DomUtils.appendChild(node, new Text(css))
  else options.report({ code: 'W_UNSAFE_HTML', needle: '<style', message: '<style> emptied: it contains script-like CSS' })
}

/** Returns CSS with its `url()`s resolved like any resource, or null if it holds script-like constructs. */
function sanitizeCss(css: string, options: SanitizeOptions): string | null {
  if (/expression\s*\(|javascript:|vbscript:|behavior\s*:|-moz-binding/i.test(css)) return null
  // A `<` has no meaning in CSS outside strings; escaping it stops `</style>` breaking out.
  return rewriteCssUrls(css, options).replace(/</g, '\\3c ')
}

/** Resolves each `url(...)` in CSS, scanning once (a regex with a lazy group is quadratic on `url(url(url(`). */
function rewriteCssUrls(css: string, options: SanitizeOptions): string {
  const lower = css.toLowerCase()
  let out = ''
  let from = 0
  for (let at = lower.indexOf('url(', from); at !== -1; at = lower.indexOf('url(', from)) {
    const close = css.indexOf(')', at + 4)
    if (close === -1) break
    const url = css.slice(at + 4, close).trim().replace(/^(['"])([\s\S]*)\1$/, '$2')
    const resolved = resolveResource(url, 'css', options)
    out += css.slice(from, at) + (resolved === null ? 'none' : `url("${resolved.replace(/["\\\n]/g, (ch) => `\\${ch === '\n' ? 'a ' : ch}`)}")`)
    from = close + 1
  }
  return out + css.slice(from)
}

function looksLikeMedia(value: string): boolean {
  return MEDIA_FILE.test(value.trim()) || /^\s*(https?:|data:|\/\/|file:)/i.test(value)
}

function isCheckbox(node: Element): boolean {
  return (node.attribs.type ?? '').toLowerCase() === 'checkbox'
}

/** Replaces an element by its children, so unknown formatting tags keep their text. */
function unwrap(node: Element): void {
  const parent = node.parent
  if (!parent) return
  for (const child of [...node.children]) DomUtils.prepend(node, child)
  DomUtils.removeElement(node)
}
