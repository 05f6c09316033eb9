import type { BriefdeckApi, DeckSnapshot } from '../../core/api/contract'
import type { BriefDefaults } from '../../core/brief/deck-brief'
import { renderSections } from '../../core/html/render-deck'
import type { CompiledText } from './compile-deck-text'
import { DeckCompiler } from './deck-compiler'
import { PreviewResources } from './preview-resources'

/** Who hears about each compile. */
export interface CompileListener {
  compiled(snapshot: DeckSnapshot): void
  failed(message: string): void
}

/**
 * The editor's compile loop: every edit is compiled in the browser (DeckCompiler, in a worker) with no
 * pause and never two at once; an edit made during a compile is compiled right after it. The server
 * is only asked for what a compile cannot know (PreviewResources): CSS and image locations, without
 * waiting for them; their answers bring one more compile.
 */
export class LiveCompile {
  private compiling = false
  private again = false
  private stopped = false

  private constructor(
    private readonly compiler: DeckCompiler,
    private readonly resources: PreviewResources,
    private readonly text: () => string,
    private readonly listener: CompileListener,
  ) {}

  /** Compiles the deck's first text, waiting for its CSS and images this once, so the preview opens complete. */
  static async start(api: BriefdeckApi, path: string, text: () => string, listener: CompileListener, brief: BriefDefaults = {}): Promise<{ live: LiveCompile; first: DeckSnapshot }> {
    const compiler = new DeckCompiler(path, brief)
    const resources = new PreviewResources(api, path)
    let compiled = await compiler.compile(text())
    if (await resources.fetch(compiled) && (compiled.pendingAssets.length > 0 || compiled.pendingBlocks.length > 0)) {
      if (compiled.pendingAssets.length > 0) compiler.setAssets(resources.knownAssets)
      if (compiled.pendingBlocks.length > 0) compiler.setBlocks(resources.knownBlocks)
      compiled = await compiler.compile(text())
      // The drawings' words may have characters the deck's text lacks (a chart's → or ₹): their fonts too.
      await resources.fetch(compiled)
    }
    const live = new LiveCompile(compiler, resources, text, listener)
    return { live, first: live.toSnapshot(compiled) }
  }

  /** The text changed: compile it now, or right after the compile under way. */
  schedule(): void {
    if (this.compiling) {
      this.again = true
      return
    }
    void this.run()
  }

  /** Images may have changed on disk: look them up again, and recompile if any answer changed. */
  async recheckAssets(): Promise<void> {
    try {
      const charts = this.resources.forgetCharts()
      if (await this.resources.recheckAssets()) this.assetsChanged()
      // A chart's data file may have changed: its drawing is asked for again by the next compile.
      else if (charts) {
        this.compiler.setBlocks(this.resources.knownBlocks)
        this.schedule()
      }
    } catch (error) {
      this.listener.failed(`Preview images not looked up again: ${(error as Error).message}`)
    }
  }

  stop(): void {
    this.stopped = true
    this.compiler.destroy()
  }

  private async run(): Promise<void> {
    this.compiling = true
    try {
      const compiled = await this.compiler.compile(this.text())
      if (this.stopped) return
      this.listener.compiled(this.toSnapshot(compiled))
      void this.fetch(compiled)
    } catch (error) {
      this.listener.failed(`Preview not updated: ${(error as Error).message}`)
    } finally {
      this.compiling = false
      if (this.again && !this.stopped) {
        this.again = false
        void this.run()
      }
    }
  }

  /** Asks the server for what this compile lacks; what arrives is shown by one more compile. */
  private async fetch(compiled: CompiledText): Promise<void> {
    try {
      if (!(await this.resources.fetch(compiled)) || this.stopped) return
      if (compiled.pendingBlocks.length > 0) this.compiler.setBlocks(this.resources.knownBlocks)
      if (compiled.pendingAssets.length > 0) this.assetsChanged()
      else this.schedule()
    } catch (error) {
      this.listener.failed(`Preview styles or images not loaded: ${(error as Error).message}`)
    }
  }

  private assetsChanged(): void {
    this.compiler.setAssets(this.resources.knownAssets)
    this.schedule()
  }

  private toSnapshot(compiled: CompiledText): DeckSnapshot {
    const { deck } = compiled
    return {
      ...deck,
      // Not hashed in the browser: the editor saves by the file's version (SaveSession), never by this.
      version: '',
      // Built only when read (a new slide count re-renders all): a keystroke patches one slide.
      get sectionsHtml() {
        return renderSections(deck.slides)
      },
      css: this.resources.css,
      cssHash: '',
      diagnostics: [...deck.diagnostics, ...this.resources.diagnostics].sort((a, b) => a.line - b.line),
    }
  }
}
