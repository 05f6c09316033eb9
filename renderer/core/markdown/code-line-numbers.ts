import type { MarkedExtension, Tokens } from 'marked'
import { escapeHtml } from '../html/escape-html'

/** Code without a language longer than this is not auto-highlighted: guessing the language of a long block takes seconds. */
export const MAX_AUTO_HIGHLIGHT = 20_000

/**
 * reveal.js's step syntax after the language: `[1-2|3]`, `[]`, or with a start offset `[10: 1,3]`.
 * Read in one pass: a regex with three quantifiers over spaces backtracks cubically on a long info string.
 */
export function readLineSteps(info: string): { language: string; steps: string; startFrom: string } | null {
  const open = info.indexOf('[')
  const close = open === -1 ? -1 : info.indexOf(']', open + 1)
  if (close === -1) return null
  let inner = info.slice(open + 1, close).trim()
  let startFrom = ''
  const colon = inner.indexOf(':')
  if (colon !== -1) {
    startFrom = inner.slice(0, colon).trim()
    inner = inner.slice(colon + 1)
    if (!/^\d*$/.test(startFrom)) return null
  }
  if (!/^[\s\d,|-]*$/.test(inner)) return null
  return { language: info.slice(0, open) + info.slice(close + 1), steps: inner.replace(/\s+/g, ''), startFrom }
}

/**
 * Fenced code with a language and reveal.js's line-highlight steps, e.g. ```` ```js [1-2|3] ````,
 * rendered as `<pre><code class="language-js" data-line-numbers="1-2|3">` for the highlight plugin.
 * A long block without a language is marked `nohighlight`, so no highlighter guesses its language.
 */
export function codeLineNumbers(): MarkedExtension {
  return {
    renderer: {
      code({ text, lang }: Tokens.Code): string {
        const info = (lang ?? '').trim()
        const steps = readLineSteps(info)
        const language = (steps ? steps.language : info).trim().split(/\s+/)[0].replace(/[^\w+#.-]/g, '')
        const attrs: string[] = []
        if (language) attrs.push(`class="language-${escapeHtml(language)}"`)
        else if (text.length > MAX_AUTO_HIGHLIGHT) attrs.push('class="nohighlight"')
        if (steps) {
          attrs.push(`data-line-numbers="${escapeHtml(steps.steps)}"`)
          if (steps.startFrom) attrs.push(`data-ln-start-from="${steps.startFrom}"`)
        }
        const open = attrs.length > 0 ? `<code ${attrs.join(' ')}>` : '<code>'
        return `<pre>${open}${escapeHtml(text)}</code></pre>\n`
      },
    },
  }
}
