/**
 * The editor's compile worker (its own bundle, dist/app/compile-worker.js): deck text in, compiled deck
 * out, with the DOM-free core, off the page's thread, so typing never waits for a compile.
 *
 * Protocol, page → worker, in order:
 *  1. `{ type: 'assets', path, assets, brief }` — the deck's path, what the server said of its images so
 *     far and its folder's briefing settings (sent first, and again whenever the server says more);
 *     rendered slides are kept until then;
 *  2. `{ type: 'blocks', results }` — charts and diagrams the server drew, by key (any time; kept);
 *     `{ type: 'sources', sources }` — the sources the deck's folder declares (briefing.yml), whenever the
 *     server says (a slide rendered with other sources is not reused: the memo's key holds them);
 *  3. `{ type: 'compile', id, text }` — answered `{ id, compiled, slides }` (or `{ id, error }`), one at a
 *     time, `slides` being a SlideDelta against the slides of the previous answer.
 */
import type { BriefDefaults } from '../../core/brief/deck-brief'
import type { AssetResolution } from '../../core/html/asset-url'
import type { BlockResult } from '../../core/blocks/block'
import type { SlideView } from '../../core/api/contract'
import type { Source } from '../../core/sources/sources'
import { type CompileMemo, type CompiledText, compileDeckText, createCompileMemo } from './compile-deck-text'
import { type SlideDelta, toSlideDelta } from './slide-delta'

export type WorkerRequest =
  | { type: 'assets'; path: string; assets: Array<[string, AssetResolution]>; brief: BriefDefaults }
  | { type: 'blocks'; results: Array<[string, BlockResult]> }
  | { type: 'sources'; sources: Source[] }
  | { type: 'compile'; id: number; text: string }
/** A compile without its slides, which travel beside it as a delta. */
export type CompiledWithoutSlides = Omit<CompiledText, 'deck'> & { deck: Omit<CompiledText['deck'], 'slides'> }
export type WorkerReply = { id: number; compiled: CompiledWithoutSlides; slides: SlideDelta } | { id: number; error: string }

/** The worker's global scope, typed as much as this file uses (the UI's tsconfig has the DOM's, not a worker's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null
  postMessage(reply: WorkerReply): void
}

let path = 'deck.md'
let assets = new Map<string, AssetResolution>()
let brief: BriefDefaults = {}
let memo: CompileMemo = createCompileMemo()
let blocks = new Map<string, BlockResult>()
let sources: Source[] = []
/** The slides of the last answer, which the page holds too. */
let sent: SlideView[] = []
const scope = self as unknown as WorkerScope
scope.onmessage = ({ data }) => {
  if (data.type === 'assets') {
    path = data.path
    assets = new Map(data.assets)
    brief = data.brief
    // Slides were rendered with the images as they were known then.
    memo = createCompileMemo()
    return
  }
  if (data.type === 'blocks') {
    blocks = new Map(data.results)
    return
  }
  if (data.type === 'sources') {
    sources = data.sources
    return
  }
  try {
    const compiled = compileDeckText(data.text, path, assets, memo, brief, blocks, sources)
    const { slides, ...deck } = compiled.deck
    scope.postMessage({ id: data.id, compiled: { ...compiled, deck }, slides: toSlideDelta(sent, slides) })
    sent = slides
  } catch (error) {
    scope.postMessage({ id: data.id, error: (error as Error).message })
  }
}
