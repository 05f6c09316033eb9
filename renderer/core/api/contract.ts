/**
 * The whole boundary between the UI and the rest of Briefdeck, in one file. The Electron main
 * process, the preload, the HTTP server and the renderer all import these maps; an allow-list built
 * from them rejects any other channel.
 */
import type { Diagnostic, FrontMatter } from '../deck/deck'
import type { ErrorCode } from '../errors'
import type { PresentationChange, PresentationState } from '../present/presentation-state'
import type { RehearsalRun } from '../present/rehearsal'

export type { PresentationChange, PresentationState, Screen, SlidePosition } from '../present/presentation-state'
export type { RehearsalRun } from '../present/rehearsal'
import type { AssetResolution } from '../html/asset-url'
import type { BlockRequest, BlockResult } from '../blocks/block'
import type { BriefDefaults } from '../brief/deck-brief'
import type { Source } from '../sources/sources'
import type { PrintLayout as PdfLayout, PrintSize as PdfSize } from '../print/page-geometry'

/** A deck in the library. `path` is relative to the open folder, with `/` separators. */
export interface DeckSummary {
  path: string
  title: string
  date?: string
  author?: string
  slides: number
  /** Planned talk length (front matter `duration`), else an estimate from the slides and notes. */
  minutes: number
  estimated: boolean
  /** The first slide, for a thumbnail; null when the deck fails to compile. */
  firstSlide: SlideView | null
  /** Theme, fonts and code CSS for this deck's slides ('' in `library.changed` events: see cssHash). */
  css: string
  /** Hash of the CSS, so a UI can reuse CSS it already has instead of receiving it again. */
  cssHash: string
  /** The deck's scope class, and whether its slides are centred vertically (reveal.js's `center`), for thumbnails. */
  scope: string
  center: boolean
  errors: Diagnostic[]
}

/** One slide as the UI shows it. */
export interface SlideView {
  index: number
  /** B1, B2… for a backup slide (after the talk's slides, reached by jumping); null for the talk's. */
  backup: string | null
  h: number
  v: number
  title: string
  html: string
  notesHtml: string
  attributes: Record<string, string>
  startLine: number
  endLine: number
}

/** A compiled deck, enough to present it and to show its notes. */
export interface DeckSnapshot {
  path: string
  /** Content hash of the source the snapshot was compiled from. */
  version: string
  title: string
  meta: Pick<FrontMatter, 'title' | 'subtitle' | 'author' | 'date' | 'duration'>
  slides: SlideView[]
  /** The reveal.js <section>s, vertical stacks included ('' in a preview: renderSections(slides) rebuilds it). */
  sectionsHtml: string
  /** Theme, fonts and code CSS ('' in a preview when it equals the `knownCssHash` the UI sent). */
  css: string
  /** Hash of `css`, so a UI can tell the server which CSS it already has. */
  cssHash: string
  /** Options for Reveal.initialize (plugins and transport-specific settings are the UI's). */
  config: Record<string, unknown>
  /** The class of the deck's root in a view: the deck's `<style>` applies under it only. */
  scope: string
  diagnostics: Diagnostic[]
}

/** A theme setting of a deck's front matter, with its line (for a warning when it is unknown). */
export interface ThemeSetting {
  value: string
  line: number
}

/**
 * What a deck's CSS depends on, as an editor compiling in the browser knows it: its theme settings,
 * the characters it shows (fonts are embedded per character set) and whether it has italics and code.
 */
export interface StyleRequest {
  path: string
  theme: ThemeSetting | null
  highlightTheme: ThemeSetting | null
  /** Every distinct character of the slides, notes, title, subtitle, author and date. */
  characters: string
  /** Every distinct character set in the code font. */
  codeCharacters: string
  italic: boolean
  hasCode: boolean
  /** The KaTeX faces the deck's formulas are drawn in (Slide.mathFaces): the page embeds those font files. */
  mathFaces: string[]
  /** Whether a slide has a marking banner or draft stamp, which bring the chrome's styles. */
  hasChrome: boolean
  /** Whether the deck has charts or diagrams, which bring their figures' styles. */
  hasBlocks: boolean
  knownCssHash: string | null
}


/** PDF layouts and page sizes: the print module's own lists, under the names the API uses. */
export {
  PRINT_LAYOUTS as PDF_LAYOUTS, PRINT_SIZES as PDF_SIZES, type PrintLayout as PdfLayout, type PrintSize as PdfSize,
  defaultPrintSize as defaultPdfSize, isHandout as isPdfHandout,
} from '../print/page-geometry'

export interface ExportResult {
  /** Where the PDF is: a file path (desktop app) or a URL to download it (browser mode). */
  location: string
  pages: number
  bytes: number
  seconds: number
}

/** Requests (UI → Briefdeck) and their results. Channel names are `noun.verb`. */
export interface Invokes {
  'library.list': (req: Record<string, never>) => DeckSummary[]
  'deck.open': (req: { path: string }) => DeckSnapshot
  /** The deck's text, its version, and its folder's briefing settings (briefing.yml), which the editor's compile starts from. */
  'deck.read': (req: { path: string }) => { text: string; version: string; brief: BriefDefaults }
  /** Saves only if the file on disk is still `baseVersion` (null: the file must not exist yet). */
  'deck.save': (req: { path: string; text: string; baseVersion: string | null }) => { version: string }
  /**
   * Compiles unsaved text as the deck at `path` would compile, for the editor's live preview. The CSS
   * (hundreds of KiB of fonts) comes back empty when it still hashes to `knownCssHash`.
   */
  'deck.preview': (req: { path: string; text: string; knownCssHash: string | null }) => DeckSnapshot
  /**
   * The theme, fonts and code CSS for a deck compiled elsewhere (the editor compiles in a Web Worker),
   * with warnings about its theme settings; the CSS comes back empty when it hashes to `knownCssHash`.
   */
  'deck.styles': (req: StyleRequest) => { css: string; cssHash: string; diagnostics: Diagnostic[] }
  /** Where a deck's local images are (a URL under the served folder), or why not, in the order asked. */
  'deck.assets': (req: { path: string; assets: string[] }) => AssetResolution[]
  /**
   * What the editor's compile in the browser cannot know of a deck's sources: those its folder's
   * `briefing.yml` declares, and the figure check of `text` against the local copies of the sources
   * it cites (warnings at this deck's lines). With `text` null, only the sources (nothing is compiled).
   */
  'deck.sources': (req: { path: string; text: string | null }) => { sources: Source[]; diagnostics: Diagnostic[] }
  /**
   * Draws a deck's charts and diagrams for a deck compiled elsewhere (the editor compiles in a Web
   * Worker): data files are read from the deck's folder, in its theme. Results in the order asked.
   */
  'deck.blocks': (req: { path: string; theme: ThemeSetting | null; blocks: BlockRequest[] }) => BlockResult[]
  /** Creates a deck from the template under a file name made safe from `name`; returns its path. */
  'deck.create': (req: { name: string }) => { path: string }
  /** Copies an image (base64) into the deck's `assets/` folder; returns its path relative to the deck. */
  'asset.add': (req: { deck: string; name: string; base64: string }) => { path: string }
  /** Keeps unsaved editor text safe from crashes; `text` null removes it. */
  'recovery.put': (req: { path: string; text: string | null }) => null
  /** Unsaved text kept for a deck, if any, and when it was kept. */
  'recovery.get': (req: { path: string }) => { text: string; savedAt: number } | null
  /**
   * `path` null exports the whole folder as a briefing book. `layout`: `slides`, `handout` (each slide
   * over its notes) or `per-page-2` / `-3` / `-6` (slides-only handouts); handouts need `a4` or `letter`.
   */
  'export.pdf': (req: { path: string | null; layout: PdfLayout; size: PdfSize }) => ExportResult
  /** Where a deck's presentation is (slides, screen, freeze, stopwatch); a fresh one if it was never presented. */
  'presentation.get': (req: { path: string }) => PresentationState
  /** Changes a presentation for every view of it; `client` is the view that asks, so it can ignore its own echo. */
  'presentation.change': (req: { path: string; change: PresentationChange; client: string }) => PresentationState
  /** The deck's kept rehearsals, newest first. */
  'rehearsal.list': (req: { path: string }) => RehearsalRun[]
  /** Keeps a finished rehearsal (the last few are kept, outside the deck); returns them all. */
  'rehearsal.save': (req: { path: string; run: RehearsalRun }) => RehearsalRun[]
  /** The rehearsal report (planned against rehearsed, per slide) as a PDF. */
  'rehearsal.export': (req: { path: string }) => ExportResult
  /**
   * Opens the audience or presenter view of a deck in windows the host places (the desktop app puts
   * the audience full screen on the projector). `opened: false` means the page should open it itself.
   */
  'window.open': (req: { view: 'present' | 'presenter'; path: string }) => { opened: boolean }
  /** Tells the host what this window shows, so the desktop app's menu acts on it (browser mode has nothing to do). */
  'view.report': (req: ViewReport) => null
}

/** The UI's views, as its router names them (`#/`, `#/present/…`, `#/presenter/…`, `#/edit/…`). */
export const APP_VIEWS = ['library', 'present', 'presenter', 'edit', 'rehearsal'] as const
export type AppView = (typeof APP_VIEWS)[number]

/** What one window shows: its view, and the deck it shows (in the library: the selected one, if any). */
export interface ViewReport {
  view: AppView
  path: string | null
}

/** Events (Briefdeck → UI). Names are `noun.pastTense`. */
export interface Events {
  /** The library after a change; summaries come without their CSS (hundreds of KiB of fonts). */
  'library.changed': DeckSummary[]
  /** The library could not be read any more (the folder vanished, watching failed). */
  'library.failed': { code: ErrorCode; message: string }
  'deck.changed': DeckSnapshot
  'deck.removed': { path: string }
  'presentation.changed': { path: string; state: PresentationState; client: string }
  /** How an export is going, wherever it was started (the library, or the desktop app's menu). */
  'export.progressed': { stage: 'compile' | 'print' | 'write'; done: number; total: number }
  /** A menu command for the focused window (the desktop app's File › Save, …). */
  'app.command': { command: AppCommand; path?: string }
}

/** What the desktop app's menu asks a window to do. */
export type AppCommand = 'save' | 'open-deck' | 'new-deck'

export type Channel = keyof Invokes
export type EventName = keyof Events
export type Request<C extends Channel> = Parameters<Invokes[C]>[0]
export type Result<C extends Channel> = ReturnType<Invokes[C]>

/** Every reply across a process or network boundary: a value, or an error with a stable code. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } }

/** One handler per channel: what browser mode and the desktop app both mount. */
export type Handlers = { [C in Channel]: (request: Request<C>) => Promise<Result<C>> }

/** Every channel once; the compiler keeps this complete, and the allow-lists derive from it. */
const CHANNEL_SET = {
  'library.list': true, 'deck.open': true, 'deck.read': true, 'deck.save': true, 'deck.preview': true, 'deck.styles': true,
  'deck.assets': true, 'deck.sources': true, 'deck.blocks': true, 'deck.create': true,
  'asset.add': true, 'recovery.put': true, 'recovery.get': true, 'export.pdf': true, 'presentation.get': true,
  'presentation.change': true, 'rehearsal.list': true, 'rehearsal.save': true, 'rehearsal.export': true, 'window.open': true, 'view.report': true,
} as const satisfies Record<Channel, true>
const EVENT_SET = {
  'library.changed': true, 'library.failed': true, 'deck.changed': true, 'deck.removed': true, 'presentation.changed': true,
  'export.progressed': true, 'app.command': true,
} as const satisfies Record<EventName, true>

/** The channels and events that exist, as run-time lists (the allow-lists). */
export const CHANNELS = Object.keys(CHANNEL_SET) as readonly Channel[]
export const EVENTS = Object.keys(EVENT_SET) as readonly EventName[]

/**
 * Browser mode's HTTP wire: requests are POSTs to /api/<channel> with the token in a header; events
 * come on one WebSocket, which offers the events protocol and the token as a second subprotocol.
 */
export const HTTP_WIRE = {
  tokenHeader: 'x-briefdeck-token',
  eventsPath: '/api/events',
  eventsProtocol: 'briefdeck.events',
  tokenProtocolPrefix: 'bd-token.',
} as const

/** The desktop app's IPC wire: every request travels on one channel, every event on another. */
export const IPC_INVOKE = 'briefdeck:invoke'
export const IPC_EVENT = 'briefdeck:event'

/** The one typed API the UI talks to, whatever carries it (Electron IPC, HTTP + WebSocket). */
export interface BriefdeckApi {
  invoke<C extends Channel>(channel: C, request: Request<C>): Promise<Result<C>>
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void
}
