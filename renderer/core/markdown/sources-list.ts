import type { MarkedExtension } from 'marked'

/** The attribute of the placeholder a `<!-- sources -->` line leaves, filled once the deck's citations are known. */
export const SOURCES_LIST_ATTRIBUTE = 'data-bd-sources'

/** `<!-- sources -->` alone on a line (any case, spaces around the word). */
const SOURCES_LINE = /^ {0,3}<!--[ \t]*sources[ \t]*-->[ \t]*(?:\n|$)/i

/**
 * `<!-- sources -->` on a line of its own: where the deck's generated list of cited sources goes
 * (renderer/core/sources/sources-annex.ts fills it). An HTML comment, so other tools ignore it.
 */
export function sourcesList(): MarkedExtension {
  return {
    extensions: [{
      name: 'sourcesList',
      level: 'block',
      start: (src: string) => {
        const at = src.search(/<!--[ \t]*sources/i)
        return at === -1 ? undefined : at
      },
      tokenizer(src: string) {
        const match = SOURCES_LINE.exec(src)
        return match ? { type: 'sourcesList', raw: match[0] } : undefined
      },
      renderer: () => `<div class="bd-sources-list" ${SOURCES_LIST_ATTRIBUTE}=""></div>\n`,
    }],
  }
}
