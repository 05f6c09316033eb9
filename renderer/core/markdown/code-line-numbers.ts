import type { MarkedExtension, Tokens } from 'marked'
import { escapeHtml } from '../html/escape-html'

/** reveal.js's step syntax after the language: `[1-2|3]`, `[]`, or with a start offset `[10: 1,3]`. */
const STEPS = /\[\s*(?:(\d*):)?\s*([\s\d,|-]*)\]/

/**
 * Fenced code with a language and reveal.js's line-highlight steps, e.g. ```` ```js [1-2|3] ````,
 * rendered as `<pre><code class="language-js" data-line-numbers="1-2|3">` for the highlight plugin.
 */
export function codeLineNumbers(): MarkedExtension {
  return {
    renderer: {
      code({ text, lang }: Tokens.Code): string {
        const info = (lang ?? '').trim()
        const steps = STEPS.exec(info)
        const language = (steps ? info.replace(STEPS, '') : info).trim().split(/\s+/)[0].replace(/[^\w+#.-]/g, '')
        const attrs: string[] = []
        if (language) attrs.push(`class="language-${escapeHtml(language)}"`)
        if (steps) {
          attrs.push(`data-line-numbers="${escapeHtml(steps[2].replace(/\s+/g, ''))}"`)
          if (steps[1]) attrs.push(`data-ln-start-from="${steps[1]}"`)
        }
        const open = attrs.length > 0 ? `<code ${attrs.join(' ')}>` : '<code>'
        return `<pre>${open}${escapeHtml(text)}</code></pre>\n`
      },
    },
  }
}
