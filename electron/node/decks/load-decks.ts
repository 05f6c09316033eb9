import { createHash } from 'node:crypto'
import { readFile, readdir, stat } from 'node:fs/promises'
import { basename, dirname, join, relative, sep } from 'node:path'
import type { BriefDefaults } from '../../../renderer/core/brief/deck-brief'
import { highestMarking } from '../../../renderer/core/brief/markings'
import type { Removal, Variant } from '../../../renderer/core/brief/variant'
import { type BriefingConfig, parseBriefingConfig } from '../../../renderer/core/deck/briefing-config'
import type { Deck, Diagnostic } from '../../../renderer/core/deck/deck'
import { isDeckFile } from '../../../renderer/core/deck/deck-files'
import { type SlideMemo, parseDeckAsync } from '../../../renderer/core/deck/parse-deck'
import { BriefdeckError } from '../../../renderer/core/errors'
import type { AssetResolution, ResolveAsset } from '../../../renderer/core/html/asset-url'
import type { BookInfo } from '../../../renderer/core/print/print-document'
import { type Source, readSources } from '../../../renderer/core/sources/sources'
import { unusedSources } from '../../../renderer/core/sources/unused-sources'
import { confine } from '../files/confine-path'
import { loadDeckFile } from '../files/load-deck-file'
import { drawDeckBlocks, prepareBlockHosts } from '../blocks/render-blocks'
import { type InlineBudget, MAX_INLINE_CHARACTERS, inlineAssetResolver, locateDeckAsset } from './deck-assets'
import type { Located } from './deck-styles'

/**
 * How a deck's local images reach its pages: inlined as `data:` URLs (against a budget the decks of
 * one page share; 'inline' starts a fresh one), or by a URL under a served root.
 */
export type AssetMode = 'inline' | { budget: InlineBudget } | { root: string; url(relativePath: string): string }

/** One compiled deck and where it came from. */
export interface LoadedDeck {
  /** The deck file on disk; its folder is where its images resolve from. */
  file: string
  /** The text it was compiled from. */
  text: string
  deck: Deck
  diagnostics: Diagnostic[]
  /** What the variant left out. */
  removals: Removal[]
}

/** The cut of a deck to compile and the folder's briefing settings it starts from. */
export interface BriefOptions {
  variant?: Variant
  /** The folder's `briefing.yml` settings; read from the deck's folder when not given. */
  defaults?: BriefDefaults
  /** The sources the folder's `briefing.yml` declares; read from the deck's folder when not given. */
  folderSources?: FolderSources
}

/** What a deck or a folder of decks loads into. */
export interface LoadedBriefing {
  decks: LoadedDeck[]
  /** A folder's cover: `briefing.yml`, else the first deck's title, subtitle, author and date. */
  book?: BookInfo
  /** A folder's `theme` from `briefing.yml`. */
  theme?: Located
  /** Every deck's diagnostics, then the folder's own (briefing.yml, refused files). */
  diagnostics: Diagnostic[]
  /** What the variant left out of every deck. */
  removals: Removal[]
}

export interface LoadOptions {
  assets: AssetMode
  /** The cut to make: one audience, without notes, without backup slides; default the whole deck. */
  variant?: Variant
  /** Called after each deck compiles, for progress bars. */
  progress?(event: { deck: string; done: number; total: number; slides: number }): void
  /** Decks compiled before with inlined images (a running server's exports): an unchanged deck is not compiled again. */
  cache?: CompileCache
}

/**
 * Decks compiled for print, by file, text and the embedding budget left before them. Whoever keeps
 * one clears it when an image may have changed (images are inlined into the compiled deck).
 */
export interface CompileCache {
  get(key: string): { loaded: LoadedDeck; budgetAfter: number } | undefined
  set(key: string, value: { loaded: LoadedDeck; budgetAfter: number }): void
  clear(): void
}

/** A CompileCache in memory, holding the last compile of each deck file. */
export function createCompileCache(): CompileCache {
  const entries = new Map<string, { key: string; value: { loaded: LoadedDeck; budgetAfter: number } }>()
  const fileOf = (key: string): string => key.slice(0, key.indexOf('\n'))
  return {
    get: (key) => {
      const found = entries.get(fileOf(key))
      return found?.key === key ? found.value : undefined
    },
    set: (key, value) => void entries.set(fileOf(key), { key, value }),
    clear: () => entries.clear(),
  }
}

/**
 * Compiles deck text as the deck at `file` would compile: images resolve from its folder, and
 * diagnostics name it `name` (the path as the user wrote it, or relative to the open folder). With a
 * `memo` from its last compile (same file, assets, brief and cut), unchanged slides are not rendered again.
 */
export async function compileDeck(text: string, file: string, name: string, assets: AssetMode, brief: BriefOptions = {}, memo?: SlideMemo): Promise<LoadedDeck> {
  prepareBlockHosts(text)
  const defaults = brief.defaults ?? briefDefaults((await loadBriefingConfig(dirname(file))).config)
  const folder = brief.folderSources ?? await loadFolderSources(dirname(file), dirname(name))
  const parsed = await parseDeckAsync(
    text, { file: name, resolveAsset: assetResolver(dirname(file), assets), defaults, variant: brief.variant, folderSources: folder.sources, memo }, giveWay,
  )
  // Charts and diagrams are drawn after the compile, which left placeholders for them.
  const { deck, diagnostics, removals } = await drawDeckBlocks(parsed, { deckDir: dirname(file), theme: parsed.deck.meta.theme })
  // A single deck reports its folder's broken declarations; a folder reports them once (loadBriefing).
  return { file, text, deck, diagnostics: brief.folderSources ? diagnostics : [...folder.diagnostics, ...diagnostics], removals }
}

/** A folder's briefing settings (its `briefing.yml`), for a compile that does not read files (the editor's). */
export async function readBriefDefaults(folder: string): Promise<BriefDefaults> {
  return briefDefaults((await loadBriefingConfig(folder)).config)
}

/** The briefing engine's part of a folder's `briefing.yml`, which every deck of the folder starts from. */
export function briefDefaults(config: BriefingConfig): BriefDefaults {
  const { marking, markingScheme, requireMarkings, audiences, status, version, docNumber } = config
  return { marking, markingScheme, requireMarkings, audiences, status, version, docNumber }
}

/** The sources `briefing.yml` declares for every deck of its folder, where, and what was wrong with them. */
export interface FolderSources {
  sources: Source[]
  /** `briefing.yml` as messages name it, and the line of its `sources:` key. */
  file: string
  line: number
  diagnostics: Diagnostic[]
}

/**
 * The sources of the `briefing.yml` in `folder` (none when it has none). `shownFolder` is the folder
 * as messages should name it. Read for each deck, so a deck built alone cites what its folder declares.
 */
export async function loadFolderSources(folder: string, shownFolder: string): Promise<FolderSources> {
  const file = join(shownFolder, 'briefing.yml')
  const text = await readFile(join(folder, 'briefing.yml'), 'utf8').catch(() => null)
  if (text === null) return { sources: [], file, line: 1, diagnostics: [] }
  const { config, keyLines } = parseBriefingConfig(text, file)
  const line = keyLines.sources ?? 1
  return { ...readSources(config.sources, { file, line }), file, line }
}

let lastPause = Date.now()
/** Gives the event loop a turn every 50 ms of compiling: Ctrl+C and other requests are handled meanwhile. */
export async function giveWay(): Promise<void> {
  if (Date.now() - lastPause < 50) return
  await new Promise((resolve) => setImmediate(resolve))
  lastPause = Date.now()
}

/** Reads and compiles one deck file; file problems throw, Markdown problems are diagnostics. */
export async function loadDeck(file: string, name: string, assets: AssetMode, brief: BriefOptions = {}, cache?: CompileCache): Promise<LoadedDeck> {
  const text = await loadDeckFile(file)
  const budget = assets === 'inline' ? undefined : 'budget' in assets ? assets.budget : null
  // Only inlined compiles are kept: a served page's URLs depend on the server.
  if (!cache || budget === null) return compileDeck(text, file, name, assets, brief)
  // The cut and the folder's briefing defaults change the compiled deck as much as its text does.
  const defaults = brief.defaults ?? await readBriefDefaults(dirname(file))
  const cut = createHash('sha1').update(JSON.stringify([brief.variant ?? null, defaults])).digest('base64')
  const key = `${file}\n${name}\n${createHash('sha1').update(text).digest('base64')}\n${cut}\n${budget?.remaining ?? 'own'}`
  const known = cache.get(key)
  if (known) {
    if (budget) budget.remaining = known.budgetAfter
    return known.loaded
  }
  const loaded = await compileDeck(text, file, name, assets, { ...brief, defaults })
  cache.set(key, { loaded, budgetAfter: budget?.remaining ?? 0 })
  return loaded
}

/**
 * THE deck loader, for `build`, `export`, browser mode and the desktop app: a deck file, or a
 * folder of decks (a briefing book: its `*.md` files in file-name order, with `briefing.yml`).
 * A deck in the folder that links to a file outside it is refused with an error naming it.
 */
export async function loadBriefing(input: string, options: LoadOptions): Promise<LoadedBriefing> {
  const info = await stat(input).catch(() => null)
  if (info === null) throw new BriefdeckError('E_NOT_FOUND', `${input}:1: no such file or folder`)
  if (!info.isDirectory()) {
    const loaded = await loadDeck(input, input, options.assets, { variant: options.variant }, options.cache)
    options.progress?.({ deck: basename(input), done: 1, total: 1, slides: loaded.deck.slides.length })
    return { decks: [loaded], diagnostics: [...loaded.diagnostics], removals: loaded.removals }
  }
  const { files, refused } = await listDeckFiles(input)
  if (files.length === 0 && refused.length === 0) throw new BriefdeckError('E_NOT_FOUND', `${input}: no Markdown decks (*.md) in this folder`)
  const decks: LoadedDeck[] = []
  // One printed book is one page: its decks share one embedding budget.
  const assets: AssetMode = options.assets === 'inline' ? { budget: { remaining: MAX_INLINE_CHARACTERS } } : options.assets
  const config = await loadBriefingConfig(input)
  const folderSources = await loadFolderSources(input, input)
  const brief = { variant: options.variant, defaults: briefDefaults(config.config), folderSources }
  for (const [i, name] of files.entries()) {
    decks.push(await loadDeck(join(input, name), join(input, name), assets, brief, options.cache))
    options.progress?.({ deck: name, done: i + 1, total: files.length, slides: decks[i].deck.slides.length })
  }
  const first = decks[0]?.deck.meta
  const book: BookInfo = {
    title: config.config.title ?? first?.title ?? decks[0]?.deck.title ?? basename(input),
    subtitle: config.config.subtitle ?? first?.subtitle,
    author: config.config.author ?? first?.author,
    date: config.config.date ?? first?.date,
    marking: highestMarking(decks.map((d) => d.deck.marking))?.text,
    version: config.config.version ?? first?.version,
    docNumber: config.config.docNumber ?? first?.docNumber,
  }
  const theme = config.config.theme === undefined ? undefined : { value: config.config.theme, file: config.file, line: config.keyLines.theme ?? 1 }
  // A folder's source that no deck cites (in the variant made) is an info, as a deck's own is.
  const unused = unusedSources(folderSources.sources, decks.flatMap((d) => d.deck.slides), folderSources)
  return {
    decks, book, theme, removals: decks.flatMap((d) => d.removals),
    diagnostics: [...decks.flatMap((d) => d.diagnostics), ...config.diagnostics, ...folderSources.diagnostics, ...unused, ...refused],
  }
}

/**
 * The decks of a folder (`/`-separated names relative to it) in file-name order. A name that leads
 * outside the folder once symlinks are followed is refused, as an error diagnostic naming it.
 */
export async function listDeckFiles(folder: string): Promise<{ files: string[]; refused: Diagnostic[] }> {
  const names = (await readdir(folder)).filter(isDeckFile).sort((a, b) => a.localeCompare(b, 'en'))
  const files: string[] = []
  const refused: Diagnostic[] = []
  for (const name of names) {
    const found = await confine(folder, name)
    if (found.ok || found.reason === 'missing') files.push(name)
    else refused.push({ code: 'E_FILE', severity: 'error', file: join(folder, name), line: 1, message: 'links to a file outside the folder; refused' })
  }
  return { files, refused }
}

async function loadBriefingConfig(folder: string) {
  const file = join(folder, 'briefing.yml')
  const text = await readFile(file, 'utf8').catch(() => null)
  return { file, ...(text === null ? { config: {}, keyLines: {}, diagnostics: [] } : parseBriefingConfig(text, file)) }
}

/** How a deck in `deckDir` finds its local images, in an asset mode. */
export function assetResolver(deckDir: string, assets: AssetMode): ResolveAsset {
  if (assets === 'inline') return inlineAssetResolver(deckDir)
  if ('budget' in assets) return inlineAssetResolver(deckDir, assets.budget)
  return (deckPath): AssetResolution => {
    const found = locateDeckAsset(deckDir, deckPath)
    if (!found.ok) return found
    // An asset may sit beside a deck in a subfolder; URLs are relative to the served root.
    return { ok: true, url: assets.url(relative(assets.root, found.file).split(sep).join('/')) }
  }
}
