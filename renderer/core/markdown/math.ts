import katex from 'katex'
import type { MarkedExtension, Tokens } from 'marked'
import { escapeHtml } from '../html/escape-html'

/** One formula may be this long: KaTeX's time grows with it, and no slide shows more. */
export const MAX_MATH_SOURCE = 4000
/** Groups may nest this deep: KaTeX parses recursively, so a hostile formula could overflow the stack. */
export const MAX_MATH_DEPTH = 40

/**
 * KaTeX's options: HTML for the eye and MathML for screen readers; `trust: false` refuses `\href`,
 * `\url`, `\includegraphics` and the `\html…` commands (no links, no loading, no attributes), and
 * `maxExpand` bounds macro expansion (a `\def` bomb stops with an error instead of hanging).
 */
const KATEX_OPTIONS = {
  output: 'htmlAndMathml', throwOnError: true, trust: false, strict: 'ignore', maxSize: 20, maxExpand: 300,
} as const

/** A formula that could not be rendered: shown as its source in a marked box, reported by the slide at its line. */
export const MATH_ERROR_CLASS = 'bd-math-error'

/**
 * Math as pandoc reads it (`tex_math_dollars`): `$…$` inline, `$$…$$` display (inline or as a
 * paragraph of its own, over several lines but no blank one), and a ```` ```math ```` block, each
 * rendered at build time with KaTeX to HTML + MathML (no script in the page). Currency is not math:
 * the opening `$` must have a non-space right after it, the closing one a non-space right before it
 * and no digit after it, so `$22.85 bn and $5.15 bn` stays text. `\$` is a dollar sign.
 */
export function mathMarkdown(): MarkedExtension {
  return {
    extensions: [
      {
        name: 'mathBlock',
        level: 'block',
        start: (src: string) => src.match(/(?:^|\n) {0,3}\$\$/)?.index,
        tokenizer(src: string) {
          const match = /^ {0,3}\$\$((?:[^$]|\$(?!\$))+?)\$\$[ \t]*(?:\n|$)/.exec(src)
          if (!match || /\n[ \t]*\n/.test(match[1])) return undefined
          return { type: 'mathBlock', raw: match[0], text: match[1].trim() }
        },
        renderer: (token: Tokens.Generic) => `${renderMath(token.text as string, true)}\n`,
      },
      {
        name: 'mathInline',
        level: 'inline',
        start: (src: string) => src.indexOf('$') === -1 ? undefined : src.indexOf('$'),
        tokenizer(src: string) {
          // Each pattern stops at the next `$` it cannot use, so a line of many dollars stays linear.
          const display = /^\$\$((?:[^$]|\$(?!\$))+?)\$\$/.exec(src)
          if (display) return /\n[ \t]*\n/.test(display[1]) ? undefined : { type: 'mathInline', raw: display[0], text: display[1].trim(), display: true }
          const inline = /^\$(?![\s$])((?:\\[\s\S]|[^\\$])+?)(?<![\s\\])\$(?!\d)/.exec(src)
          if (!inline) return undefined
          return { type: 'mathInline', raw: inline[0], text: inline[1], display: false }
        },
        renderer: (token: Tokens.Generic) => renderMath(token.text as string, token.display as boolean),
      },
    ],
    renderer: {
      code({ text, lang }: Tokens.Code): string | false {
        return (lang ?? '').trim().split(/\s+/)[0] === 'math' ? `${renderMath(text, true)}\n` : false
      },
    },
  }
}

/** A formula as KaTeX HTML + MathML, or a visible error box carrying its message. */
export function renderMath(tex: string, display: boolean): string {
  const problem = tex.length > MAX_MATH_SOURCE ? `this formula is ${tex.length} characters long, more than ${MAX_MATH_SOURCE}`
    : groupDepth(tex) > MAX_MATH_DEPTH ? `this formula nests more than ${MAX_MATH_DEPTH} groups deep` : null
  if (problem === null) {
    try {
      return katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display })
    } catch (error) {
      if (!(error instanceof katex.ParseError) && !(error instanceof RangeError)) throw error
      return mathError(tex, display, error instanceof RangeError ? 'this formula nests too deeply to render' : error.message.replace(/^KaTeX parse error: /, ''))
    }
  }
  return mathError(tex, display, problem)
}

function mathError(tex: string, display: boolean, message: string): string {
  const shown = tex.length > 200 ? `${tex.slice(0, 197)}...` : tex
  const code = `<code class="${MATH_ERROR_CLASS}" data-bd-error="${escapeHtml(message.slice(0, 300))}">${escapeHtml(display ? `$$${shown}$$` : `$${shown}$`)}</code>`
  return display ? `<p>${code}</p>` : code
}

/** How deep `{…}` groups and `\left…\right` pairs nest in a formula (escaped braces do not count). */
function groupDepth(tex: string): number {
  let depth = 0
  let deepest = 0
  for (let i = 0; i < tex.length; i++) {
    const ch = tex[i]
    if (ch === '\\') {
      if (tex.startsWith('left', i + 1)) depth++
      else if (tex.startsWith('right', i + 1)) depth--
      else i++
    } else if (ch === '{') depth++
    else if (ch === '}') depth--
    if (depth > deepest) deepest = depth
  }
  return deepest
}
