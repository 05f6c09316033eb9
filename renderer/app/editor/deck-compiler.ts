import type { SlideView } from '../../core/api/contract'
import type { BriefDefaults } from '../../core/brief/deck-brief'
import type { AssetResolution } from '../../core/html/asset-url'
import type { BlockResult } from '../../core/blocks/block'
import type { Source } from '../../core/sources/sources'
import { type CompiledText, type KnownBlocks, compileDeckText, createCompileMemo } from './compile-deck-text'
import type { WorkerReply, WorkerRequest } from './compile-worker'
import { fromSlideDelta } from './slide-delta'

/**
 * Compiles deck text in the compile worker (see compile-worker.ts for its protocol). Should the
 * worker fail to start, the same compile runs on the page's thread: slower on big decks, never absent.
 */
export class DeckCompiler {
  private worker: Worker | null
  private nextId = 0
  private readonly waiting = new Map<number, { text: string; resolve(compiled: CompiledText): void; reject(error: Error): void }>()
  private assets = new Map<string, AssetResolution>()
  private memo = createCompileMemo()
  private blocks: KnownBlocks = new Map<string, BlockResult>()
  private sources: Source[] = []
  /** The slides of the last compile, which the worker's next delta builds on. */
  private slides: SlideView[] = []

  constructor(private readonly path: string, private readonly brief: BriefDefaults = {}) {
    // Relative to the bundle (dist/app/app.js), where the build puts compile-worker.js beside it.
    this.worker = new Worker(new URL('./compile-worker.js', import.meta.url), { type: 'module', name: 'bd-compile' })
    this.worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => this.answer(data)
    this.worker.onerror = (event) => {
      event.preventDefault()
      this.inline()
    }
    this.send({ type: 'assets', path, assets: [], brief })
  }

  compile(text: string): Promise<CompiledText> {
    if (!this.worker) return new Promise((resolve) => resolve(this.compileHere(text)))
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { text, resolve, reject })
      this.send({ type: 'compile', id, text })
    })
  }

  /** The sources the deck's folder declares, from the server; the next compile uses them. */
  setSources(sources: readonly Source[]): void {
    this.sources = [...sources]
    this.send({ type: 'sources', sources: this.sources })
  }

  /** What the server said of the deck's images; the next compile uses it. */
  setAssets(assets: ReadonlyMap<string, AssetResolution>): void {
    this.assets = new Map(assets)
    this.memo = createCompileMemo()
    this.send({ type: 'assets', path: this.path, assets: [...assets], brief: this.brief })
  }

  /** The charts and diagrams drawn so far; the next compile puts them in. */
  setBlocks(blocks: KnownBlocks): void {
    this.blocks = new Map(blocks)
    this.send({ type: 'blocks', results: [...blocks] })
  }

  destroy(): void {
    this.worker?.terminate()
    this.worker = null
  }

  private send(request: WorkerRequest): void {
    this.worker?.postMessage(request)
  }

  private answer(reply: WorkerReply): void {
    const waiting = this.waiting.get(reply.id)
    this.waiting.delete(reply.id)
    if (!('compiled' in reply)) {
      waiting?.reject(new Error(reply.error))
      return
    }
    this.slides = fromSlideDelta(this.slides, reply.slides)
    waiting?.resolve({ ...reply.compiled, deck: { ...reply.compiled.deck, slides: this.slides } })
  }

  /** The worker could not start (or died): compiles from now on run here, the waiting ones included. */
  private inline(): void {
    this.worker?.terminate()
    this.worker = null
    for (const waiting of this.waiting.values()) {
      try {
        waiting.resolve(this.compileHere(waiting.text))
      } catch (error) {
        waiting.reject(error as Error)
      }
    }
    this.waiting.clear()
  }

  private compileHere(text: string): CompiledText {
    return compileDeckText(text, this.path, this.assets, this.memo, this.brief, this.blocks, this.sources)
  }
}
