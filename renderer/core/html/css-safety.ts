/**
 * CSS from a deck, made safe to put in a page: what a browser would fetch or run is found after
 * decoding CSS escapes (a browser reads `u\72l(` as `url(` and `@\69mport` as `@import`), and a
 * deck's `<style>` is wrapped in `@scope` so it styles that deck's slides and nothing else.
 */

/** Constructs that fetch or run something, or style outside the page, refused wherever they appear. */
const FORBIDDEN: Array<[RegExp, string]> = [
  [/@import/i, '@import'], [/expression\s*\(/i, 'expression()'], [/image-set\s*\(/i, 'image-set()'],
  [/(?:^|[^-\w])image\s*\(/i, 'image()'], [/(?:^|[^-\w])src\s*\(/i, 'src()'], [/-moz-binding/i, '-moz-binding'],
  [/behaviou?r\s*:/i, 'behavior'], [/javascript\s*:/i, 'javascript:'], [/vbscript\s*:/i, 'vbscript:'], [/@namespace/i, '@namespace'],
]

/** Returns CSS text with every escape replaced by the code point it stands for (CSS Syntax §4.3.7, with §3.3 preprocessing). */
export function decodeCssEscapes(input: string): string {
  const css = input.replace(/\r\n?|\f/g, '\n').replace(/\0/g, '\uFFFD')
  let out = ''
  for (let i = 0; i < css.length; i++) {
    if (css[i] !== '\\') {
      out += css[i]
      continue
    }
    const escaped = readEscape(css, i)
    out += escaped.text
    i = escaped.end - 1
  }
  return out
}

/** The code point an escape at `at` (a backslash) stands for, and where it ends. */
function readEscape(css: string, at: number): { text: string; end: number } {
  const next = css[at + 1]
  if (next === undefined) return { text: '\uFFFD', end: at + 1 }
  if (next === '\n') return { text: '', end: at + 2 }
  if (/[0-9a-fA-F]/.test(next)) {
    let end = at + 1
    while (end < css.length && end - at <= 6 && /[0-9a-fA-F]/.test(css[end])) end++
    const code = parseInt(css.slice(at + 1, end), 16)
    if (css[end] === ' ' || css[end] === '\t' || css[end] === '\n') end++
    const text = code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff ? '\uFFFD' : String.fromCodePoint(code)
    return { text, end }
  }
  const code = css.codePointAt(at + 1) as number
  return { text: String.fromCodePoint(code), end: at + 1 + (code > 0xffff ? 2 : 1) }
}

/**
 * Why a piece of CSS may not be used (null when it may): it is read as a browser reads it, escapes
 * decoded and comments removed, and every `url()` must be one `isAllowedUrl` accepts.
 */
export function refuseCss(css: string, isAllowedUrl: (url: string) => boolean): string | null {
  const decoded = decodeCssEscapes(css).replace(/\/\*[\s\S]*?(?:\*\/|$)/g, ' ')
  for (const [pattern, name] of FORBIDDEN) if (pattern.test(decoded)) return `it uses ${name}`
  for (const match of decoded.matchAll(/url\s*\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*))/gi)) {
    const url = (match[1] ?? match[2] ?? match[3] ?? '').trim()
    if (!isAllowedUrl(url)) return `it loads ${url.slice(0, 60)}`
  }
  return null
}

/**
 * At-rules a `@scope` block may not contain that a deck may still use: keyframes stay at the top
 * level (they style nothing by themselves). Others, such as `@font-face` (a deck could redraw the
 * app's own font), stay inside the scope, where the browser ignores them.
 */
const TOP_LEVEL_AT_RULES = new Set(['keyframes', '-webkit-keyframes'])

/** The slide chrome's roots (renderer/core/brief/slide-chrome.ts, renderer/page/slide-chrome.ts), out of every deck's reach. */
const CHROME_SELECTOR = '.bd-chrome-layer, .bd-chrome'

/**
 * A deck's stylesheet confined to `scope` (a selector for the deck's root): its rules go inside
 * `@scope (scope) { … }`, `:root` becomes `:scope`, and keyframes stay outside, where they must be.
 * Null when the CSS's blocks do not pair up as the browser's tokenizer reads them, so that the CSS
 * could close the `@scope` block and style the rest of the page.
 */
export function scopeCss(css: string, scope: string): string | null {
  const chunks = topLevelChunks(css)
  if (chunks === null) return null
  const hoisted = chunks.filter((chunk) => chunk.atRule !== null && TOP_LEVEL_AT_RULES.has(chunk.atRule))
  const scoped = chunks.filter((chunk) => !hoisted.includes(chunk)).map((chunk) => chunk.text).join('').replace(/:root\b/g, ':scope')
  // The scope ends at the slide's chrome (marking banners, the draft stamp): a deck styles its slides,
  // never the marks that say how sensitive they are.
  return [...hoisted.map((chunk) => chunk.text.trim()), `@scope (${scope}) to (${CHROME_SELECTOR}) {\n${scoped}\n}`].join('\n')
}

/**
 * Splits CSS into its top-level statements, tokenising as CSS Syntax does where it matters for
 * nesting: comments, strings (an unclosed one refuses the CSS), `url(` tokens, and escapes (an
 * escaped `}` is not a brace). Null when brackets do not pair up.
 */
function topLevelChunks(css: string): Array<{ atRule: string | null; text: string }> | null {
  const chunks: Array<{ atRule: string | null; text: string }> = []
  const closers: string[] = []
  let start = 0
  let atRule: string | null = null
  const end = (at: number): void => {
    if (css.slice(start, at).trim() !== '') chunks.push({ atRule, text: css.slice(start, at) })
    start = at
    atRule = null
  }
  for (let i = 0; i < css.length;) {
    const ch = css[i]
    if (ch === '/' && css[i + 1] === '*') {
      const close = css.indexOf('*/', i + 2)
      if (close === -1) return null
      i = close + 2
    } else if (ch === '"' || ch === "'") {
      i = skipString(css, i)
      if (i === -1) return null
    } else if (isIdentStart(css, i)) {
      const ident = readIdent(css, i)
      if (css[ident.end] === '(' && ident.name.toLowerCase() === 'url' && !/^\s*["']/.test(css.slice(ident.end + 1, ident.end + 64))) {
        i = skipUrl(css, ident.end + 1)
        if (i === -1) return null
      } else {
        if (ch === '@' && closers.length === 0 && atRule === null) atRule = ident.name.slice(1).toLowerCase()
        i = ident.end
      }
    } else if (ch === '{' || ch === '[' || ch === '(') {
      closers.push(ch === '{' ? '}' : ch === '[' ? ']' : ')')
      i++
    } else if (ch === '}' || ch === ']' || ch === ')') {
      if (closers.pop() !== ch) return null
      i++
      if (ch === '}' && closers.length === 0) end(i)
    } else {
      i++
      if (ch === ';' && closers.length === 0) end(i)
    }
  }
  if (closers.length > 0) return null
  end(css.length)
  return chunks
}

function isIdentStart(css: string, i: number): boolean {
  const ch = css[i]
  if (ch === '@') return css[i + 1] !== undefined && css[i + 1] !== '@' && isIdentStart(css, i + 1)
  if (ch === '\\') return css[i + 1] !== undefined && css[i + 1] !== '\n'
  return ch !== undefined && (/[A-Za-z0-9_-]/.test(ch) || ch.charCodeAt(0) >= 0x80)
}

/** An identifier (or at-keyword, or number-like run) with its escapes decoded, and where it ends. */
function readIdent(css: string, at: number): { name: string; end: number } {
  let name = css[at] === '@' ? '@' : ''
  let i = css[at] === '@' ? at + 1 : at
  while (i < css.length) {
    const ch = css[i]
    if (ch === '\\' && css[i + 1] !== undefined && css[i + 1] !== '\n') {
      const escaped = readEscape(css, i)
      name += escaped.text
      i = escaped.end
    } else if (/[A-Za-z0-9_-]/.test(ch) || ch.charCodeAt(0) >= 0x80) {
      name += ch
      i++
    } else break
  }
  return { name, end: i }
}

/** The index after a string that starts at `at`, or -1 when a newline or the end comes first. */
function skipString(css: string, at: number): number {
  const quote = css[at]
  for (let i = at + 1; i < css.length; i++) {
    if (css[i] === '\\') i++
    else if (css[i] === '\n') return -1
    else if (css[i] === quote) return i + 1
  }
  return -1
}

/** The index after an unquoted `url(…)` whose contents start at `at`, or -1 when it never closes. */
function skipUrl(css: string, at: number): number {
  for (let i = at; i < css.length; i++) {
    if (css[i] === '\\' && css[i + 1] !== '\n') i++
    else if (css[i] === ')') return i + 1
  }
  return -1
}
