import { type ResolveAsset, classifyUrl } from './asset-url'
import { refuseCss, scopeCss } from './css-safety'
import {
  SVG_CSS_ATTRIBUTES, isAttributeAllowed, isDroppedWithContent, isPlacementAllowed, isReservedId,
} from './html-policy'
import {
  type HtmlChild, type HtmlElement, type HtmlNode, type HtmlParent, NS, childrenOf, isElement, isText, parseHtml, removeNode,
  serializeHtml, setAttribute, textContent, unwrap,
} from './html-tree'
import { placeholderImage } from './placeholder-image'

/** A problem the sanitiser met, with the node (and attribute) it was found on, so the caller can locate it. */
export interface SanitizeFinding {
  code: 'W_UNSAFE_HTML' | 'W_ASSET_OUTSIDE' | 'W_ASSET_MISSING' | 'W_REMOTE_ASSET' | 'E_TOO_LARGE'
  message: string
  node: HtmlNode
  attribute?: string
}

export interface SanitizeOptions {
  /** Maps a confined deck-relative path to a URL; without it local paths are kept as written. */
  resolveAsset?: ResolveAsset
  /** A selector for the deck's root: a deck's `<style>` applies under it and nowhere else. */
  scope?: string
  /** A second pass over sanitised output (see settleHtml): style sheets were already made safe and scoped. */
  settling?: boolean
  /**
   * URLs the resolver gave the first pass (`/files/<key>/img.png` in browser mode). They are not
   * deck paths any more, so the settling pass keeps exactly these rather than refusing them.
   */
  resolvedUrls?: ReadonlySet<string>
  report(finding: SanitizeFinding): void
}

/** Deeper than this, Chromium's parser flattens the tree, so what it builds is no longer what was checked. */
export const MAX_HTML_DEPTH = 256

/** Attributes holding the URL of something the browser fetches. */
const RESOURCE_ATTRIBUTES = new Set(['src', 'poster', 'data-src', 'data-background-image', 'data-background-video', 'data-preview-image', 'data-preview-video'])
/** reveal.js attributes that would load a document or Markdown from elsewhere. */
const BRIEF_ATTRIBUTES = new Set(['data-audience', 'data-marking'])
const LOADING_ATTRIBUTES = new Set(['data-background-iframe', 'data-preview-link', 'data-markdown', 'data-external', 'data-external-replace', 'data-notes'])
const MEDIA_FILE = /\.(png|jpe?g|gif|svg|webp|avif|bmp|ico|mp4|webm|ogg|ogv|mov|m4v)([?#]|$)/i

/**
 * Makes deck HTML safe to show: raw HTML in a deck may format and style, never run script, navigate,
 * load from the network or read outside the deck folder. Works in place on a tree from `parseHtml`,
 * so what it checks is what a browser builds; elements are visited in a loop (no recursion).
 */
export function sanitizeTree(root: HtmlParent, options: SanitizeOptions): void {
  const work: Array<[HtmlChild, number]> = [...root.childNodes].reverse().map((node) => [node, 1])
  while (work.length > 0) {
    const [node, depth] = work.pop() as [HtmlChild, number]
    if (node.parentNode === null) continue
    if (isText(node)) continue
    if (!isElement(node)) {
      removeNode(node)
      continue
    }
    if (depth > MAX_HTML_DEPTH) {
      options.report({ code: 'W_UNSAFE_HTML', node, message: `HTML nested more than ${MAX_HTML_DEPTH} levels deep; the rest of it is removed` })
      removeNode(node)
      continue
    }
    if (!isPlacementAllowed(node, node.parentNode)) {
      if (isDroppedWithContent(node)) {
        options.report({ code: 'W_UNSAFE_HTML', node, message: `<${node.tagName}> removed: HTML in a deck may format, but not run script or embed documents` })
        removeNode(node)
      } else {
        // Unknown formatting tags keep their text; their children are checked again under the new parent.
        const children = unwrap(node)
        for (let i = children.length - 1; i >= 0; i--) work.push([children[i], depth])
      }
      continue
    }
    if (node.namespaceURI === NS.HTML && node.tagName === 'style') {
      // Settling: a sanitised sheet has no `<` (so no `</style`) and is already scoped; scoping again would wrap it twice.
      if (!options.settling || textContent(node).includes('<')) sanitizeStyleElement(node, options)
      continue
    }
    if (!sanitizeAttributes(node, options)) {
      removeNode(node)
      continue
    }
    const children = childrenOf(node)
    for (let i = children.length - 1; i >= 0; i--) work.push([children[i], depth + 1])
  }
}

/** Keeps only allowed attributes with safe values; false when the element itself must go (a non-checkbox input). */
function sanitizeAttributes(element: HtmlElement, options: SanitizeOptions): boolean {
  const kept: HtmlElement['attrs'] = []
  const name = element.tagName
  for (const attr of element.attrs) {
    const qualified = attr.namespace === NS.XLINK ? `xlink:${attr.name}` : attr.name
    const why = (text: string): void => options.report({ code: 'W_UNSAFE_HTML', node: element, attribute: attr.name, message: text })
    if (attr.namespace && attr.namespace !== NS.XLINK) continue
    if (/^on/i.test(qualified)) {
      why(`${qualified}= removed from <${name}>: event handlers never run in a deck`)
      continue
    }
    if (LOADING_ATTRIBUTES.has(qualified)) {
      why(`${qualified}= removed from <${name}>: it would load content from elsewhere`)
      continue
    }
    // The briefing engine's tags are kept on every element, SVG and MathML included: a tag dropped here
    // would leave content for one audience in every copy, or a marked block unmarked.
    if (!BRIEF_ATTRIBUTES.has(qualified) && !isAttributeAllowed(element, qualified)) continue
    const value = safeValue(element, qualified, attr.value, options, why)
    if (value !== null) kept.push({ ...attr, value })
  }
  element.attrs = kept
  if (element.namespaceURI === NS.HTML && name === 'a' && kept.some((attr) => attr.name === 'target')) setAttribute(element, 'rel', 'noopener noreferrer')
  if (element.namespaceURI === NS.HTML && name === 'input') {
    if ((kept.find((attr) => attr.name === 'type')?.value ?? '').toLowerCase() !== 'checkbox') return false
    setAttribute(element, 'disabled', '')
  }
  return true
}

/** The value an attribute may keep (a resolved URL, safe CSS), or null to drop it. */
function safeValue(element: HtmlElement, name: string, value: string, options: SanitizeOptions, why: (text: string) => void): string | null {
  const html = element.namespaceURI === NS.HTML
  if (name === 'id' && isReservedId(value)) {
    why(`id="${value.slice(0, 40)}" removed: Briefdeck's page uses that name`)
    return null
  }
  if (name === 'href' || name === 'xlink:href') {
    if (html) {
      if (classifyUrl(value, 'link').kind !== 'unsafe') return value
      why(`link to "${value.slice(0, 40)}" removed: only http(s), mailto, tel and relative links are allowed`)
      return null
    }
    if (element.tagName === 'image') return resolveResource(element, name, value, options)
    // In SVG and MathML, a reference points into the same document; anything else could load content.
    if (/^#[^\s]*$/.test(value.trim())) return value
    why(`${name}= removed from <${element.tagName}>: only #fragment references are allowed`)
    return null
  }
  if (name === 'cite') return classifyUrl(value, 'link').kind === 'unsafe' ? null : value
  if (name === 'srcset') return resolveSrcset(element, value, options)
  if (RESOURCE_ATTRIBUTES.has(name) || (name === 'data-background' && looksLikeMedia(value))) return resolveResource(element, name, value, options)
  if (name === 'data-background-gradient' && refuseCss(value, () => false) !== null) {
    // reveal.js puts it in a background-image: a url() there would load what no image check saw.
    why(`data-background-gradient= removed from <${element.tagName}>: only gradients, no url()`)
    return null
  }
  if (name === 'style') {
    const css = safeCss(element, value, options)
    if (css === null) why(`style= removed from <${element.tagName}>: it contains script-like or loading CSS`)
    return css
  }
  if (!html && SVG_CSS_ATTRIBUTES.has(name) && refuseCss(value, (url) => url.startsWith('#')) !== null) {
    why(`${name}= removed from <${element.tagName}>: only url(#fragment) references are allowed`)
    return null
  }
  return value
}

function resolveSrcset(element: HtmlElement, value: string, options: SanitizeOptions): string {
  return value.split(',')
    .map((candidate) => candidate.trim().split(/\s+/))
    .map(([url, size]) => [resolveResource(element, 'srcset', url ?? '', options), size])
    .filter(([url]) => url !== null)
    .map(([url, size]) => (size ? `${url} ${size}` : url))
    .join(', ')
}

/**
 * Resolves a fetched URL. Images that cannot be shown get a visible placeholder so the audience
 * sees that something is missing; other media lose the attribute. Null means "drop it".
 */
function resolveResource(element: HtmlElement | null, attribute: string, value: string, options: SanitizeOptions): string | null {
  if (options.settling && options.resolvedUrls?.has(value)) return value
  const node = element ?? undefined
  const report = (code: SanitizeFinding['code'], message: string): void => {
    if (node) options.report({ code, node, attribute, message })
  }
  const verdict = classifyUrl(value, 'resource')
  const isImage = element !== null && (element.tagName === 'img' || element.tagName === 'image')
  const fallback = (): string | null => (isImage ? placeholderImage(value) : null)
  switch (verdict.kind) {
    case 'keep':
      return verdict.url
    case 'unsafe':
      report('W_UNSAFE_HTML', `"${value.slice(0, 40)}" not loaded: not a local file or media data URL`)
      return fallback()
    case 'remote':
      report('W_REMOTE_ASSET', `remote asset ${value.slice(0, 120)} not loaded: decks work offline, copy it next to the deck`)
      return fallback()
    case 'outside':
      report('W_ASSET_OUTSIDE', `asset ${value.slice(0, 120)} is outside the deck's folder and is not loaded`)
      return fallback()
    case 'local': {
      if (!options.resolveAsset) return value
      const resolved = options.resolveAsset(verdict.path)
      if (resolved.ok) return resolved.url
      if (resolved.reason === 'too-large') {
        report('E_TOO_LARGE', `asset ${value.slice(0, 120)} cannot be embedded: the deck's images together are larger than a page can hold; use smaller images`)
      } else {
        const where = resolved.reason === 'outside' ? 'links outside the deck folder' : 'not found'
        report(resolved.reason === 'outside' ? 'W_ASSET_OUTSIDE' : 'W_ASSET_MISSING', `asset ${value.slice(0, 120)} ${where}`)
      }
      return fallback()
    }
  }
}

/** Sanitises a `<style>` element: no `@import`, local `url()`s resolved, no `<` to break out, confined to the deck. */
function sanitizeStyleElement(element: HtmlElement, options: SanitizeOptions): void {
  const css = safeCss(element, textContent(element).replace(/@import[^;]*;?/gi, ''), options)
  const scoped = css === null ? null : options.scope ? scopeCss(css, options.scope) : css
  element.attrs = []
  element.childNodes = []
  if (scoped === null) {
    options.report({ code: 'W_UNSAFE_HTML', node: element, message: '<style> emptied: it contains script-like or loading CSS, or blocks that do not close' })
    return
  }
  element.childNodes.push({ nodeName: '#text', value: scoped, parentNode: element })
}

/**
 * CSS with its `url()`s resolved like any resource, or null when, read as a browser reads it (escapes
 * decoded), it would run script or load anything but what was resolved here.
 */
function safeCss(element: HtmlElement, css: string, options: SanitizeOptions): string | null {
  const resolved = new Set<string>()
  const rewritten = rewriteCssUrls(css, (url) => {
    const result = resolveResource(element, 'style', url, options)
    if (result !== null) resolved.add(result)
    return result
  })
  // A `<` has no meaning in CSS outside strings; escaping it stops `</style` breaking out of the element.
  const safe = rewritten.replace(/</g, '\\3c ')
  return refuseCss(safe, (url) => url.startsWith('#') || resolved.has(url) || url === '') === null ? safe : null
}

/** Resolves each literal `url(...)` in CSS, scanning once (a regex with a lazy group is quadratic on `url(url(url(`). */
function rewriteCssUrls(css: string, resolve: (url: string) => string | null): string {
  const lower = css.toLowerCase()
  let out = ''
  let from = 0
  for (let at = lower.indexOf('url(', from); at !== -1; at = lower.indexOf('url(', from)) {
    const close = css.indexOf(')', at + 4)
    if (close === -1) break
    const url = css.slice(at + 4, close).trim().replace(/^(['"])([\s\S]*)\1$/, '$2')
    const resolved = resolve(url)
    out += css.slice(from, at) + (resolved === null ? 'none' : `url("${resolved.replace(/["\\\n]/g, (ch) => `\\${ch === '\n' ? 'a ' : ch}`)}")`)
    from = close + 1
  }
  return out + css.slice(from)
}

function looksLikeMedia(value: string): boolean {
  return MEDIA_FILE.test(value.trim()) || /^\s*(https?:|data:|\/\/|file:)/i.test(value)
}

/**
 * Sanitised HTML that a browser will parse back into the very tree that was checked: the output is
 * parsed and sanitised again until it no longer changes (a few nestings, such as a heading inside a
 * heading, serialise to markup that parses differently). Empty if it will not settle.
 */
export function settleHtml(html: string, options: Omit<SanitizeOptions, 'report' | 'settling'>): string {
  let current = html
  for (let pass = 0; pass < 3; pass++) {
    const fragment = parseHtml(current)
    sanitizeTree(fragment, { ...options, settling: true, report: () => {} })
    const next = serializeHtml(fragment)
    if (next === current) return current
    current = next
  }
  return ''
}
