import { hasChrome } from '../../core/brief/slide-chrome'
import type { DeckSnapshot, StyleRequest, ThemeSetting } from '../../core/api/contract'
import { toSlideView } from '../../core/api/slide-view'
import type { BlockRequest, BlockResult } from '../../core/blocks/block'
import { fillBlocks, pendingBlocks } from '../../core/blocks/fill-blocks'
import type { BriefDefaults } from '../../core/brief/deck-brief'
import type { Deck } from '../../core/deck/deck'
import { type SlideMemo, createSlideMemo, parseDeck } from '../../core/deck/parse-deck'
import type { AssetResolution } from '../../core/html/asset-url'
import { toRevealConfig } from '../../core/html/render-deck'
import type { Source } from '../../core/sources/sources'

/** What a deck's CSS depends on (the server composes it): the style request without its path and hash. */
export type StyleKey = Omit<StyleRequest, 'path' | 'knownCssHash'>

/** A deck compiled in the browser: everything a preview shows but the CSS, which the server composes. */
export interface CompiledText {
  deck: Omit<DeckSnapshot, 'version' | 'sectionsHtml' | 'css' | 'cssHash'>
  style: StyleKey
  /** Local images not looked up yet: shown blank until the server says where they are. */
  pendingAssets: string[]
  /** Charts and diagrams not drawn yet (by their key): shown as placeholders until the server draws them. */
  pendingBlocks: Array<BlockRequest & { key: string }>
  /**
   * The sources the slides cite that have a local copy (`file:`): only then has the server's figure
   * check anything to read, so a deck citing none never asks it.
   */
  checkedSources: string[]
}

/** The charts and diagrams the server has drawn so far, by block key (deck.blocks). */
export type KnownBlocks = ReadonlyMap<string, BlockResult>

/** What the compile knows of a deck's images, from the server (deck.assets). */
export type KnownAssets = ReadonlyMap<string, AssetResolution>

/**
 * What one compile keeps for the next, so an edit costs one slide: the rendered slides (the core's
 * SlideMemo) and the characters of each slide's text. Valid for one deck path and one set of assets.
 */
export interface CompileMemo {
  slides: SlideMemo
  characters: Map<string, string>
}

export function createCompileMemo(): CompileMemo {
  return { slides: createSlideMemo(), characters: new Map() }
}

/** A transparent pixel: an image being looked up is blank for a moment, neither broken nor reported missing. */
const PENDING_IMAGE = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=='

/**
 * Compiles deck text as the deck at `path` would compile on the server, without a DOM or Node: the
 * editor runs it in a Web Worker on every edit. `memo` keeps unchanged slides from one compile to
 * the next (a new one is needed whenever `assets` changes); `blocks` are the drawings known so far.
 * `brief` (the folder's briefing settings) and `folderSources` (the sources its briefing.yml declares)
 * come from the server.
 */
export function compileDeckText(
  text: string, path: string, assets: KnownAssets, memo: CompileMemo, brief: BriefDefaults = {}, blocks: KnownBlocks = new Map(),
  folderSources: readonly Source[] = [],
): CompiledText {
  const pending = new Set<string>()
  const resolveAsset = (deckPath: string): AssetResolution => {
    const known = assets.get(deckPath)
    if (known) return known
    pending.add(deckPath)
    return { ok: true, url: PENDING_IMAGE }
  }
  const parsed = parseDeck(text, { file: path, resolveAsset, memo: memo.slides, defaults: brief, folderSources })
  // Drawings are put in after the memo: a slide is rendered once, and filled on every compile.
  const { deck, diagnostics } = fillBlocks(parsed, blocks)
  return {
    deck: {
      path, title: deck.title, scope: deck.scope, config: toRevealConfig(deck), diagnostics, slides: deck.slides.map(toSlideView),
      meta: { title: deck.meta.title, subtitle: deck.meta.subtitle, author: deck.meta.author, date: deck.meta.date, duration: deck.meta.duration },
    },
    style: styleKeyOf(deck, memo.characters),
    pendingAssets: [...pending],
    pendingBlocks: pendingBlocks(parsed, blocks),
    checkedSources: checkedSources(deck),
  }
}

/** The ids of sources with a local copy that a slide (not only its notes) cites, as the figure check reads them. */
function checkedSources(deck: Deck): string[] {
  const withFile = new Set(deck.sources.filter((source) => source.file !== undefined).map((source) => source.id))
  const cited = deck.slides.flatMap((slide) => slide.citations.filter((c) => c.where !== 'notes' && withFile.has(c.id)).map((c) => c.id))
  return [...new Set(cited)]
}

const setting = (deck: Deck, key: 'theme' | 'highlightTheme'): ThemeSetting | null => {
  const value = deck.meta[key]
  return value === undefined ? null : { value, line: deck.metaLines[key] ?? 1 }
}

/**
 * The theme settings and the characters the fonts must draw, read as the server's style composer
 * reads them. `known` remembers each text's characters: unchanged slides keep their very strings.
 */
export function styleKeyOf(deck: Deck, known = new Map<string, string>()): StyleKey {
  const { meta, slides } = deck
  // The chrome's banners and draft stamp are drawn in the deck's font too.
  const chrome = slides.filter((s) => hasChrome(s.attributes)).map((s) => `${s.attributes['data-bd-marking'] ?? ''} ${s.attributes['data-bd-draft'] ?? ''}`)
  const texts = [deck.title, meta.author ?? '', meta.date ?? '', meta.subtitle ?? '', ...slides.flatMap((s) => [s.text, s.notes]), ...chrome]
  const codes = slides.map((s) => s.codeText)
  const each = (list: readonly string[]): string[] => list.map((text) => {
    let characters = known.get(text)
    if (characters === undefined) known.set(text, (characters = distinctCharacters([text])))
    return characters
  })
  const characters = distinctCharacters(each(texts))
  const codeCharacters = distinctCharacters(each(codes))
  // Only this deck's texts are kept: the memo never outgrows the deck.
  const used = new Set([...texts, ...codes])
  for (const text of known.keys()) if (!used.has(text)) known.delete(text)
  return {
    theme: setting(deck, 'theme'),
    highlightTheme: setting(deck, 'highlightTheme'),
    characters,
    codeCharacters,
    italic: slides.some((s) => s.hasItalic),
    hasCode: slides.some((s) => s.hasCodeBlock),
    mathFaces: [...new Set(slides.flatMap((s) => s.mathFaces))].sort(),
    hasBlocks: slides.some((s) => s.blocks.length > 0),
    hasChrome: chrome.length > 0,
  }
}

/** Each character of the texts once, in code point order: the same key for the same character set. */
export function distinctCharacters(texts: readonly string[]): string {
  const points = new Set<number>()
  for (const text of texts) for (let i = 0; i < text.length; i++) points.add(text.codePointAt(i) as number)
  // A surrogate pair was also counted by its second half, which is no character of its own.
  return [...points].filter((p) => p < 0xdc00 || p > 0xdfff).sort((a, b) => a - b).map((p) => String.fromCodePoint(p)).join('')
}
