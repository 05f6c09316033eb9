import type { Result, StyleRequest } from '../../../renderer/core/api/contract'
import type { Deck, Slide } from '../../../renderer/core/deck/deck'
import { emptyFrontMatter } from '../../../renderer/core/deck/front-matter'
import { composeDeckStyles } from '../decks/deck-styles'
import { versionOf } from './deck-snapshot'

/**
 * A deck's CSS for an editor that compiles it in the browser: THE style composer, given a stand-in
 * deck with the same theme settings and the same characters (all the composer reads), so the CSS is
 * exactly what the compiled deck would get.
 */
export function previewStyles(request: StyleRequest): Result<'deck.styles'> {
  const meta = { ...emptyFrontMatter(), theme: request.theme?.value, highlightTheme: request.highlightTheme?.value }
  const metaLines: Record<string, number> = {}
  if (request.theme) metaLines.theme = request.theme.line
  if (request.highlightTheme) metaLines.highlightTheme = request.highlightTheme.line
  const slide: Slide = {
    index: 0, h: 0, v: 0, startLine: 1, endLine: 1, markdown: '', html: '', notes: '', notesHtml: '', title: '',
    // A stand-in chrome: the composer asks whether there is any (its characters are in `characters`).
    attributes: request.hasChrome ? { 'data-bd-draft': '' } : {},
    text: request.characters, codeText: request.codeCharacters, hasCodeBlock: request.hasCode, hasItalic: request.italic, marking: null, backup: null,
    citations: [], mathFaces: request.mathFaces,
    // A stand-in block: the composer only asks whether there is one.
    blocks: request.hasBlocks ? [{ kind: 'chart', source: '', key: '', offset: 0 }] : [],
  }
  const deck: Deck = { file: request.path, meta, metaLines, title: '', scope: '', slides: [slide], marking: null, sources: [] }
  const { styles, diagnostics } = composeDeckStyles({ decks: [deck] })
  const css = styles.join('\n')
  const cssHash = versionOf(css)
  return { css: cssHash === request.knownCssHash ? '' : css, cssHash, diagnostics }
}
