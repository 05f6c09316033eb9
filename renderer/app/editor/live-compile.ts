import type { BriefdeckApi, DeckSnapshot } from '../../core/api/contract'
import type { BriefDefaults } from '../../core/brief/deck-brief'
import { renderSections } from '../../core/html/render-deck'
import type { CompiledText } from './compile-deck-text'
import { DeckCompiler } from './deck-compiler'
import { PreviewResources } from './preview-resources'

/** The figure check runs on the server: only once the text has been still this long. */
const CHECK_DELAY_MS = 800

/** Who hears about each compile. */
export interface CompileListener {
  compiled(snapshot: DeckSnapshot): void
  failed(message: string): void
}

/**
 * The editor's compile loop: every edit is compiled in the browser (DeckCompiler, in a worker) with no
 * pause and never two at once; an edit made during a compile is compiled right after it. The server
 * is only asked for what a compile cannot know (PreviewResources): CSS and image locations, without
 * waiting for them; their answers bring one more compile. The folder's sources (briefing.yml) are
 * asked for once and when the folder changes, and the figure check, which reads the sources' local
 * copies on the server, only for a deck citing one, once its text has been still for CHECK_DELAY_MS.
 */
export class LiveCompile {
  private compiling = false
  private again = false
  private stopped = false
  private checkTimer: ReturnType<typeof setTimeout> | undefined
  /** The text the figure check last ran on: a compile it brought about does not ask again. */
  private checkedText: string | null = null
  /** Whether the last compile cites a source with a local copy (the figure check has work). */
  private checks = false

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
    // The folder's sources first (only them: nothing is compiled on the server), or the deck's citations would read as unknown.
    await resources.checkSources(null).then(() => compiler.setSources(resources.sources), (error: Error) => listener.failed(`Sources not read: ${error.message}`))
    let compiled = await compiler.compile(text())
    if (await resources.fetch(compiled) && (compiled.pendingAssets.length > 0 || compiled.pendingBlocks.length > 0)) {
      if (compiled.pendingAssets.length > 0) compiler.setAssets(resources.knownAssets)
      if (compiled.pendingBlocks.length > 0) compiler.setBlocks(resources.knownBlocks)
      compiled = await compiler.compile(text())
      // The drawings' words may have characters the deck's text lacks (a chart's → or ₹): their fonts too.
      await resources.fetch(compiled)
    }
    const live = new LiveCompile(compiler, resources, text, listener)
    live.checks = compiled.checkedSources.length > 0
    if (live.checks) live.checkWhenStill()
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

  /**
   * Images, briefing.yml or a source's copy may have changed on disk: look images up again, and
   * recompile if any answer changed; the next compile checks the figures again.
   */
  async recheckAssets(): Promise<void> {
    try {
      const { sourcesChanged } = await this.resources.checkSources(null)
      if (this.stopped) return
      if (sourcesChanged) this.compiler.setSources(this.resources.sources)
      const charts = this.resources.forgetCharts()
      if (charts) this.compiler.setBlocks(this.resources.knownBlocks)
      if (await this.resources.recheckAssets()) this.assetsChanged()
      // New sources, or a chart's data file that may have changed (its drawing is asked for again): a compile.
      else if (sourcesChanged || charts) this.schedule()
      else if (this.checks) {
        this.checkedText = null
        this.checkWhenStill()
      }
    } catch (error) {
      this.listener.failed(`Preview images or sources not looked up again: ${(error as Error).message}`)
    }
  }

  stop(): void {
    this.stopped = true
    clearTimeout(this.checkTimer)
    this.compiler.destroy()
  }

  private dropFindings(): void {
    clearTimeout(this.checkTimer)
    this.resources.checkDiagnostics = []
    this.checkedText = null
  }

  /** Runs the figure check once the text is still; new sources mean a compile with them, new findings a fresh snapshot. */
  private checkWhenStill(): void {
    clearTimeout(this.checkTimer)
    this.checkTimer = setTimeout(() => void this.checkSources(), CHECK_DELAY_MS)
  }

  private async checkSources(): Promise<void> {
    const text = this.text()
    if (text === this.checkedText) return
    this.checkedText = text
    try {
      const { sourcesChanged, findingsChanged } = await this.resources.checkSources(text)
      if (this.stopped) return
      if (sourcesChanged) this.compiler.setSources(this.resources.sources)
      if (sourcesChanged || findingsChanged) this.schedule()
    } catch (error) {
      // Asked again after the next edit or folder change.
      this.checkedText = null
      this.listener.failed(`Sources not checked: ${(error as Error).message}`)
    }
  }

  private async run(): Promise<void> {
    this.compiling = true
    try {
      const compiled = await this.compiler.compile(this.text())
      if (this.stopped) return
      // A deck citing no source with a local copy has nothing to check: the server is not asked, and old findings go.
      this.checks = compiled.checkedSources.length > 0
      if (!this.checks) this.dropFindings()
      this.listener.compiled(this.toSnapshot(compiled))
      void this.fetch(compiled)
      if (this.checks) this.checkWhenStill()
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
      diagnostics: [...deck.diagnostics, ...this.resources.diagnostics, ...this.resources.checkDiagnostics].sort((a, b) => a.line - b.line),
    }
  }
}
