import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { HLJSApi } from 'highlight.js'
import type { Deck } from '../../../renderer/core/deck/deck'
import { MAX_AUTO_HIGHLIGHT } from '../../../renderer/core/markdown/code-line-numbers'
import type { HighlightCode } from '../../../renderer/core/print/print-slide'
import { paths, requireFromPackage } from '../files/app-paths'

/** highlight.js's languages by lower-case name or alias, and what each embeds; written by `npm run build`. */
interface LanguageTable {
  aliases: Record<string, string>
  embeds: Record<string, string[]>
}

let table: LanguageTable | null | undefined
function languageTable(): LanguageTable | null {
  if (table === undefined) {
    const file = join(paths.dist, 'highlight-languages.json')
    table = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as LanguageTable : null
  }
  return table
}

/**
 * Highlights code at export time (no plugin runs in print). highlight.js's core loads only when
 * there is code, and each language only when a block is in it (with the languages it embeds): all
 * of them take a tenth of a second to load, which only a block in no known language, whose language
 * must be guessed among all, still costs.
 */
export async function codeHighlighter(decks: readonly Deck[]): Promise<HighlightCode | undefined> {
  if (!decks.some((deck) => deck.slides.some((slide) => slide.hasCodeBlock))) return undefined
  const hljs = requireFromPackage('highlight.js/lib/core') as HLJSApi
  let everything = false
  const loadAll = (): void => {
    // highlight.js's index registers every language on this same core.
    if (!everything) requireFromPackage('highlight.js')
    everything = true
  }
  const register = (name: string, table: LanguageTable): void => {
    if (hljs.getLanguage(name)) return
    hljs.registerLanguage(name, requireFromPackage(`highlight.js/lib/languages/${name}`) as Parameters<HLJSApi['registerLanguage']>[1])
    for (const inner of table.embeds[name] ?? []) register(inner, table)
  }
  /** The language's registered name, loading it; '' when highlight.js has no such language. */
  const known = (language: string): string => {
    const found = languageTable()
    if (found === null) {
      loadAll()
      return hljs.getLanguage(language) ? language : ''
    }
    const name = found.aliases[language.toLowerCase()]
    if (name === undefined) return ''
    register(name, found)
    return name
  }
  return (code, language) => {
    try {
      const name = language ? known(language) : ''
      if (name) return hljs.highlight(code, { language: name, ignoreIllegals: true }).value
      // Guessing the language of a long block takes seconds; such blocks print plain.
      if (code.length > MAX_AUTO_HIGHLIGHT) return null
      loadAll()
      return hljs.highlightAuto(code).value
    } catch {
      return null
    }
  }
}
