import type { BriefdeckApi } from '../../core/api/contract'
import { MAX_ASSETS } from '../../core/api/validate-request'
import type { Diagnostic } from '../../core/deck/deck'
import type { AssetResolution } from '../../core/html/asset-url'
import type { BlockResult } from '../../core/blocks/block'
import { MAX_BLOCKS } from '../../core/api/validate-request'
import type { Source } from '../../core/sources/sources'
import type { CompiledText, KnownBlocks, StyleKey } from './compile-deck-text'

/**
 * What a deck compiled in the browser gets from the server, asked for only when it changes: the CSS
 * (theme, the bundled fonts for exactly the deck's characters, code highlighting) when the theme
 * settings or the character set change, and where each local image is the first time the deck names
 * it (a URL under the served folder), and its charts and diagrams drawn, each the first time the
 * deck has it (an edit to one block redraws that block). Typing a Latin letter the deck already has
 * asks for nothing.
 */
export class PreviewResources {
  css = ''
  /** Warnings about the theme settings (an unknown theme), from the server's style composer. */
  diagnostics: Diagnostic[] = []
  private cssHash: string | null = null
  private styleKey = ''
  private readonly assets = new Map<string, AssetResolution>()
  private readonly asking = new Set<string>()
  private readonly blocks = new Map<string, BlockResult>()
  private readonly drawing = new Set<string>()
  /** The theme the drawings were made in: another theme draws them again. */
  private blockTheme = ''
  /** The sources the deck's folder declares (briefing.yml), which a compile in the browser cannot read. */
  sources: Source[] = []
  /** The figure check of the text last checked (the server reads the sources' local copies). */
  checkDiagnostics: Diagnostic[] = []

  constructor(private readonly api: BriefdeckApi, private readonly path: string) {}

  /** The deck's images as the server has located them so far. */
  get knownAssets(): ReadonlyMap<string, AssetResolution> {
    return this.assets
  }

  /** The deck's charts and diagrams as the server has drawn them so far. */
  get knownBlocks(): KnownBlocks {
    return this.blocks
  }

  /** Asks for what `compiled` needs that has not been asked yet; true when something new arrived. */
  async fetch(compiled: CompiledText): Promise<boolean> {
    const [styles, assets, blocks] = await Promise.all([this.fetchStyles(compiled.style), this.fetchAssets(compiled.pendingAssets), this.fetchBlocks(compiled)])
    return styles || assets || blocks
  }

  /** The folder changed (a chart's data file may have): every chart is drawn again on the next compile. */
  forgetCharts(): boolean {
    const charts = [...this.blocks.keys()].filter((key) => key.startsWith('chart-'))
    for (const key of charts) this.blocks.delete(key)
    return charts.length > 0
  }

  /**
   * Asks the server for the folder's sources and the figure check of `text` (with `text` null, only the
   * sources; the findings are kept). Says whether the sources changed (the deck must compile
   * again with them) and whether the check's findings did.
   */
  async checkSources(text: string | null): Promise<{ sourcesChanged: boolean; findingsChanged: boolean }> {
    const reply = await this.api.invoke('deck.sources', { path: this.path, text })
    const sourcesChanged = JSON.stringify(reply.sources) !== JSON.stringify(this.sources)
    this.sources = reply.sources
    if (text === null) return { sourcesChanged, findingsChanged: false }
    const findingsChanged = JSON.stringify(reply.diagnostics) !== JSON.stringify(this.checkDiagnostics)
    this.checkDiagnostics = reply.diagnostics
    return { sourcesChanged, findingsChanged }
  }

  /** The folder changed (an image added, replaced or removed): asks about every image again; true when an answer changed. */
  async recheckAssets(): Promise<boolean> {
    const before = JSON.stringify([...this.assets])
    const paths = [...this.assets.keys()]
    this.assets.clear()
    await this.fetchAssets(paths)
    return JSON.stringify([...this.assets]) !== before
  }

  private async fetchStyles(style: StyleKey): Promise<boolean> {
    const key = JSON.stringify(style)
    if (key === this.styleKey) return false
    this.styleKey = key
    try {
      const reply = await this.api.invoke('deck.styles', { path: this.path, ...style, knownCssHash: this.cssHash })
      // A newer character set was asked for meanwhile: its answer is the one to keep.
      if (this.styleKey !== key) return false
      if (reply.css !== '') this.css = reply.css
      this.cssHash = reply.cssHash
      this.diagnostics = reply.diagnostics
      return true
    } catch (error) {
      if (this.styleKey === key) this.styleKey = ''
      throw error
    }
  }

  private async fetchBlocks(compiled: CompiledText): Promise<boolean> {
    const theme = JSON.stringify(compiled.style.theme)
    if (theme !== this.blockTheme) {
      this.blockTheme = theme
      this.blocks.clear()
    }
    const fresh = compiled.pendingBlocks.filter((block) => !this.blocks.has(block.key) && !this.drawing.has(block.key))
    if (fresh.length === 0) return false
    for (const block of fresh) this.drawing.add(block.key)
    try {
      for (let at = 0; at < fresh.length; at += MAX_BLOCKS) {
        const batch = fresh.slice(at, at + MAX_BLOCKS)
        const results = await this.api.invoke('deck.blocks', { path: this.path, theme: compiled.style.theme, blocks: batch.map(({ kind, source }) => ({ kind, source })) })
        // Drawn in another theme meanwhile: those answers are not this theme's.
        if (JSON.stringify(compiled.style.theme) !== this.blockTheme) return false
        batch.forEach((block, i) => this.blocks.set(block.key, results[i]))
      }
      return true
    } finally {
      for (const block of fresh) this.drawing.delete(block.key)
    }
  }

  private async fetchAssets(paths: readonly string[]): Promise<boolean> {
    const fresh = paths.filter((path) => !this.assets.has(path) && !this.asking.has(path))
    if (fresh.length === 0) return false
    for (const path of fresh) this.asking.add(path)
    try {
      for (let at = 0; at < fresh.length; at += MAX_ASSETS) {
        const batch = fresh.slice(at, at + MAX_ASSETS)
        const answers = await this.api.invoke('deck.assets', { path: this.path, assets: batch })
        batch.forEach((path, i) => this.assets.set(path, answers[i]))
      }
      return true
    } finally {
      for (const path of fresh) this.asking.delete(path)
    }
  }
}
