import { dirname, join } from 'node:path'
import type {
  DeckSnapshot, DeckSummary, EventName, Events, ExportResult, Handlers, PdfLayout, PdfSize,
} from '../../../renderer/core/api/contract'
import { type Variant, isCutVariant } from '../../../renderer/core/brief/variant'
import { slideBudgets } from '../../../renderer/core/present/pacing'
import { rehearsalRows } from '../../../renderer/core/present/rehearsal'
import { rehearsalReportDocument } from '../../../renderer/core/present/rehearsal-report'
import { deckStem, isDeckFile } from '../../../renderer/core/deck/deck-files'
import { BriefdeckError, toBriefdeckError } from '../../../renderer/core/errors'
import { toDeckPath } from '../../../renderer/core/html/asset-url'
import { nodeBlockRenderer } from '../blocks/render-blocks'
import { readStyle, readTemplate } from '../decks/bundled-files'
import { assetResolver, createCompileCache, giveWay, loadFolderSources, readBriefDefaults } from '../decks/load-decks'
import { parseDeckAsync } from '../../../renderer/core/deck/parse-deck'
import { type SourceCache, checkDeckSources } from '../sources/check-sources'
import { exportBriefing, toProgressEvent } from '../export/export-briefing'
import { createPrintedCache } from '../export/print-slices'
import { createPhaseTrace, formatPhaseTable, isTraceRequested } from '../trace/phase-trace'
import type { Printer } from '../export/printer'
import { loadDeckFile } from '../files/load-deck-file'
import { writeFileAtomic } from '../files/write-file-atomic'
import { importAsset } from './asset-import'
import { createDeckCache } from './deck-cache'
import { exists, openDeckFolder } from './deck-folder'
import { fillTemplate, freeName, toFileStem, toLocalDate } from './deck-naming'
import { brokenSummary, versionOf } from './deck-snapshot'
import { type FolderWatch, watchFolder } from './folder-watch'
import { createPresentationStore } from './presentation-store'
import { previewStyles } from './preview-styles'
import { createRecoveryStore, defaultRecoveryDir } from './recovery-store'
import { createRehearsalStore, defaultStateDir } from './rehearsal-store'

/** A slide's notes as text, for the rehearsal report's "notes take" column (snapshots carry them as HTML). */
function notesOf(snapshot: DeckSnapshot, index: number): string {
  return snapshot.slides[index].notesHtml.replace(/<[^>]*>/g, ' ')
}

/** Where an export goes: a file to write, and how the UI reaches it (a download URL, or the path itself). */
export interface ExportTarget {
  file: string
  location: string
}

export interface WorkspaceOptions {
  /** The folder of decks; nothing outside it is read or written. */
  folder: string
  printer: Printer
  /** The URL under which the UI loads a file of the folder (its path relative to the folder, `/`-separated). */
  fileUrl(relativePath: string): string
  /**
   * Where an export of `name` (a safe file stem) is written. Browser mode answers with a temporary file
   * and its download URL; the desktop app asks the user, and throws E_CANCELLED when they cancel.
   */
  exportTarget(name: string, kind: ExportKind): Promise<ExportTarget>
  /** Where unsaved editor text is kept between crashes; default $XDG_CACHE_HOME/briefdeck/recovery. */
  recoveryDir?: string
  /** Where the app keeps its own state (rehearsals); default $XDG_STATE_HOME/briefdeck. */
  stateDir?: string
  /** The clock a new deck is dated by (its local day); default the system's. */
  now?: () => Date
  /** The cut every view and export shows (`serve --audience`); default the whole deck. */
  variant?: Variant
}

/** What an export is: a PDF layout of decks, or a deck's rehearsal report. */
export type ExportKind = PdfLayout | 'rehearsals'

export type Emit = <E extends EventName>(event: E, payload: Events[E]) => void

export interface Workspace {
  handlers: Handlers
  /** Listens to every event the workspace sends (all decks); returns the way to stop. */
  subscribe(listener: Emit): () => void
  close(): Promise<void>
}

/**
 * The one implementation of the application API: list, compile, read, save and export decks of one
 * folder, watch it for changes, and keep presenters in sync. Browser mode and the desktop app both
 * mount these handlers; only the transport differs.
 */
export function createWorkspace(options: WorkspaceOptions): Workspace {
  const listeners = new Set<Emit>()
  const emit: Emit = (event, payload) => {
    for (const listener of listeners) listener(event, payload)
  }
  const folder = openDeckFolder(options.folder)
  const decks = createDeckCache(folder, options.fileUrl, options.variant)
  // Sources' local copies, read once while they are unchanged, for the editor's figure check.
  const sourceCache: SourceCache = new Map()
  const recovery = createRecoveryStore(options.recoveryDir ?? defaultRecoveryDir())
  const rehearsals = createRehearsalStore(options.stateDir ?? defaultStateDir())
  const presentations = createPresentationStore()
  const now = options.now ?? (() => new Date())
  const recoveryKey = async (path: string): Promise<string> => join(await folder.root(), ...path.split('/'))

  const summaries = async (): Promise<DeckSummary[]> => {
    const { files, refused } = await folder.decks()
    const result: DeckSummary[] = []
    for (const path of files) result.push(await decks.compile(path).then((c) => c.summary, (error: Error) => brokenSummary(path, error.message)))
    for (const diagnostic of refused) result.push(brokenSummary(diagnostic.file.split(/[\\/]/).pop() ?? diagnostic.file, diagnostic.message))
    return result.sort((a, b) => a.path.localeCompare(b.path, 'en'))
  }

  // A warm export: the browser and its pages are kept by the printer, compiled decks and printed
  // slices here, so an export after an edit compiles the edited deck and prints the slices it changed.
  const compiled = createCompileCache()
  const printed = createPrintedCache()
  const exportPdf = async (path: string | null, layout: PdfLayout, size: PdfSize): Promise<ExportResult> => {
    const root = await folder.root()
    const input = path === null ? root : await folder.resolve(path)
    const target = await options.exportTarget(toFileStem(path === null ? `${deckStem(root)}-briefing` : deckStem(path)), layout)
    const trace = createPhaseTrace()
    const started = performance.now()
    const report = await exportBriefing({ input, output: target.file, layout, size, fragments: false, format: 'pdf', variant: options.variant }, {
      printer: options.printer, write: writeFileAtomic, progress: (event) => emit('export.progressed', toProgressEvent(event)),
      trace, printed, compiled,
    })
    if (isTraceRequested()) process.stderr.write(`export of ${path ?? 'the book'} (${layout}):\n${formatPhaseTable(trace.spans(), started, performance.now())}\n`)
    return { location: target.location, pages: report.pages, bytes: report.bytes, seconds: report.seconds }
  }

  const exportRehearsals = async (path: string): Promise<ExportResult> => {
    const started = performance.now()
    const { snapshot } = await decks.compile(path)
    const runs = await rehearsals.list(await folder.resolve(path))
    const rows = rehearsalRows(snapshot.slides.map((s, i) => ({ index: s.index, title: s.title, notes: notesOf(snapshot, i) })), slideBudgets(snapshot.slides, snapshot.meta.duration), runs)
    const target = await options.exportTarget(toFileStem(`${deckStem(path)}-rehearsals`), 'rehearsals')
    const { pdf } = await options.printer.pdf(rehearsalReportDocument(snapshot.title, rows, runs.length, readStyle('rehearsal-report.css')), { tagged: true })
    await writeFileAtomic(target.file, pdf)
    return { location: target.location, pages: 1, bytes: pdf.length, seconds: (performance.now() - started) / 1000 }
  }

  const handlers: Handlers = {
    'library.list': () => summaries(),
    'deck.open': async ({ path }) => (await decks.compile(path)).snapshot,
    'deck.read': async ({ path }) => {
      const file = await folder.resolve(path)
      const text = await loadDeckFile(file)
      return { text, version: versionOf(text), brief: await readBriefDefaults(dirname(file)) }
    },
    'deck.save': async ({ path, text, baseVersion }) => {
      const file = await folder.resolveNew(path)
      const current = (await exists(file)) ? await loadDeckFile(file) : null
      // Never overwrite what someone else saved since this editor loaded the file.
      if ((current === null ? null : versionOf(current)) !== baseVersion) {
        throw new BriefdeckError('E_CONFLICT', current === null
          ? `${path} no longer exists on disk; save it again to create it`
          : `${path} changed on disk since it was opened; reload or keep your version explicitly`)
      }
      await writeFileAtomic(file, text)
      await recovery.clear(await recoveryKey(path))
      return { version: versionOf(text) }
    },
    'deck.preview': async ({ path, text, knownCssHash }) => {
      const { snapshot } = await decks.compileText(path, text)
      // Previews travel on every keystroke: no second copy of the slides, and no CSS the editor has.
      return { ...snapshot, sectionsHtml: '', css: snapshot.cssHash === knownCssHash ? '' : snapshot.css }
    },
    'deck.styles': async (request) => {
      await folder.resolveNew(request.path)
      return previewStyles(request)
    },
    'deck.assets': async ({ path, assets }) => {
      // The same resolver a compile uses: confined to the deck's folder, symlinks followed.
      const resolve = assetResolver(dirname(await folder.resolveNew(path)), { root: await folder.root(), url: options.fileUrl })
      return assets.map((asset) => {
        const at = toDeckPath(asset)
        return at === null ? { ok: false, reason: 'outside' } : resolve(at)
      })
    },
    'deck.sources': async ({ path, text }) => {
      const file = await folder.resolveNew(path)
      const sources = await loadFolderSources(dirname(file), dirname(path))
      if (text === null) return { sources: sources.sources, diagnostics: [] }
      // Compiled, not drawn: the figure check reads the slides' text, never a chart's or diagram's picture.
      const { deck, diagnostics, removals } = await parseDeckAsync(text, {
        file: path, resolveAsset: assetResolver(dirname(file), { root: await folder.root(), url: options.fileUrl }),
        defaults: await readBriefDefaults(dirname(file)), folderSources: sources.sources,
      }, giveWay)
      const loaded = { file, text, deck, diagnostics, removals }
      // Only this deck's lines: the editor shows them in its source (briefing.yml's own problems are the library's).
      return { sources: sources.sources, diagnostics: (await checkDeckSources([loaded], sourceCache)).filter((d) => d.file === path) }
    },
    'deck.blocks': async ({ path, theme, blocks }) => nodeBlockRenderer({ deckDir: dirname(await folder.resolveNew(path)), theme: theme?.value })(blocks),
    'deck.create': async ({ name }) => {
      const root = await folder.root()
      const path = await freeName(toFileStem(name), 'md', (candidate) => exists(join(root, candidate)))
      await writeFileAtomic(await folder.resolveNew(path), fillTemplate(readTemplate('new-deck.md'), name, toLocalDate(now())))
      return { path }
    },
    'asset.add': async ({ deck, name, base64 }) => ({ path: await importAsset(folder, deck, name, Buffer.from(base64, 'base64')) }),
    'recovery.put': async ({ path, text }) => {
      await (text === null ? recovery.clear(await recoveryKey(path)) : recovery.put(await recoveryKey(path), text))
      return null
    },
    'recovery.get': async ({ path }) => recovery.get(await recoveryKey(path)),
    'export.pdf': ({ path, layout, size }) => exportPdf(path, layout, size),
    'presentation.get': async ({ path }) => {
      await folder.resolve(path)
      return presentations.get(path)
    },
    'presentation.change': async ({ path, change, client }) => {
      await folder.resolve(path)
      const state = presentations.change(path, change)
      emit('presentation.changed', { path, state, client })
      return state
    },
    'rehearsal.list': async ({ path }) => rehearsals.list(await folder.resolve(path)),
    'rehearsal.save': async ({ path, run }) => rehearsals.save(await folder.resolve(path), run),
    'rehearsal.export': async ({ path }) => exportRehearsals(path),
    // Browser mode: the page opens its own windows; the desktop app replaces this handler.
    'window.open': async () => ({ opened: false }),
    // Browser mode has no menu that follows the focused window; the desktop app replaces this handler.
    'view.report': async () => null,
  }

  if (options.variant && isCutVariant(options.variant)) {
    // A server presenting one audience's cut never hands out a deck's source, which holds what was cut.
    const variant = options.variant
    for (const channel of EDITING_CHANNELS) {
      handlers[channel] = async () => {
        throw new BriefdeckError('E_FORBIDDEN', `editing is off while presenting ${describeCut(variant)}: the source holds what the cut leaves out (serve without --audience, --no-notes or --no-backup to edit)`)
      }
    }
  }

  // Watching: a change to a deck recompiles it and pushes the new snapshot, so open views update
  // without asking; any change refreshes the library.
  const changed = async (names: string[]): Promise<void> => {
    const present = new Set((await folder.decks().catch(() => ({ files: [] as string[] }))).files)
    for (const name of names.filter(isDeckFile)) {
      if (!present.has(name)) {
        decks.forget(name)
        emit('deck.removed', { path: name })
        continue
      }
      // A deck being written may be briefly unreadable; the next event brings it.
      await decks.compile(name).then((compiled) => emit('deck.changed', compiled.snapshot), () => {})
    }
    // A changed image, chart data file or briefing.yml can change how any deck looks: each deck is
    // compiled again, and the open views of those that now look different get them as a deck change.
    if (names.some((name) => !isDeckFile(name))) {
      const before = decks.clear()
      compiled.clear()
      for (const [path, shown] of before) {
        await decks.compile(path).then((now) => {
          if (JSON.stringify(now.snapshot) !== JSON.stringify(shown)) emit('deck.changed', now.snapshot)
        }, () => {})
      }
    }
    await summaries().then(
      (list) => emit('library.changed', list.map((summary) => ({ ...summary, css: '' }))),
      (error) => failed(error),
    )
  }
  const failed = (error: unknown): void => {
    const { code, message } = toBriefdeckError(error)
    emit('library.failed', { code, message })
  }
  let watch: FolderWatch | undefined
  let closed = false
  void folder.root().then((root) => {
    // close() may have run while the folder was being resolved: then no watcher may be started.
    if (!closed) watch = watchFolder(root, (names) => void changed(names), failed)
  }, () => {})

  return {
    handlers,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async close() {
      closed = true
      await watch?.close()
      listeners.clear()
    },
  }
}

/** The channels that hand out or change a deck's source: off while a server presents a cut. */
const EDITING_CHANNELS = ['deck.read', 'deck.save', 'deck.preview', 'deck.sources', 'deck.create', 'asset.add', 'recovery.put', 'recovery.get'] as const satisfies ReadonlyArray<keyof Handlers>

/** A cut as the user asked for it: `the cut for audience \`public\` without notes`. */
function describeCut(variant: Variant): string {
  const parts = [variant.audience !== undefined ? `the cut for audience \`${variant.audience}\`` : 'a cut', !variant.notes && 'without notes', !variant.backup && 'without backup slides']
  return parts.filter(Boolean).join(' ')
}
