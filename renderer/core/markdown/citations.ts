import type { MarkedExtension, Tokens } from 'marked'
import { escapeHtml } from '../html/escape-html'

/** One citation of a source: its id and, optionally, where in it (`p. 3`, `§2`). */
export interface Citation {
  id: string
  locator?: string
}

/** The attribute a rendered citation carries its citations in (JSON), for the slide's notes pass. */
export const CITATION_ATTRIBUTE = 'data-bd-cite'

/** A bracket that may be a citation: `[@` then up to 300 characters, not a link's `](` or `][`. */
const BRACKET = /^\[(@[^\][\n]{1,300})\](?![([:])/
/** One citation inside it: `@id` and an optional locator after a comma. */
const ONE = /^\s*@([A-Za-z0-9][\w.:-]*)\s*(?:,\s*([^;]*?))?\s*$/

/** Reads `@a, p. 3; @b` into citations, or null when the bracket is not a citation. */
export function readCitations(inside: string): Citation[] | null {
  const cites: Citation[] = []
  for (const part of inside.split(';')) {
    const match = ONE.exec(part)
    if (!match) return null
    cites.push(match[2] ? { id: match[1], locator: match[2] } : { id: match[1] })
  }
  return cites
}

interface CitationToken extends Tokens.Generic {
  type: 'citation'
  cites: Citation[]
}

/**
 * Citations, as Pandoc writes them: `[@id]`, `[@id, p. 3]`, `[@a; @b, §2]`. Each renders as a
 * `<cite>` holding the text as written and its citations as data; the slide's notes pass
 * (renderer/core/sources/slide-notes.ts) turns it into a numbered marker once the sources are known.
 */
export function citations(): MarkedExtension {
  return {
    extensions: [{
      name: 'citation',
      level: 'inline',
      start: (src: string) => {
        const at = src.indexOf('[@')
        return at === -1 ? undefined : at
      },
      tokenizer(src: string): CitationToken | undefined {
        const match = BRACKET.exec(src)
        const cites = match && readCitations(match[1])
        return cites ? { type: 'citation', raw: match[0], cites } : undefined
      },
      renderer(token) {
        const { raw, cites } = token as CitationToken
        return `<cite ${CITATION_ATTRIBUTE}="${escapeHtml(JSON.stringify(cites))}">${escapeHtml(raw)}</cite>`
      },
    }],
  }
}
