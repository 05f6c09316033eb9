import { createHash } from 'node:crypto'
import { type FSWatcher, watch } from 'node:fs'
import { mkdir, readFile, readdir, realpath, stat, unlink } from 'node:fs/promises'
import { homedir } from 'node:os'
import { basename, dirname, join, relative, sep } from 'node:path'
import type {
  Channel, DeckSnapshot, DeckSummary, EventName, Events, Request, Result, SlidePosition, SlideView,
} from '../../../renderer/core/api/contract'
import type { Deck, Diagnostic } from '../../../renderer/core/deck/deck'
import { parseDeck } from '../../../renderer/core/deck/parse-deck'
import { BriefdeckError } from '../../../renderer/core/errors'
import type { AssetResolution } from '../../../renderer/core/html/asset-url'
import { renderSlides, toRevealConfig } from '../../../renderer/core/html/render-deck'
import { confine } from '../files/confine-path'
import { locateDeckAsset } from '../decks/deck-assets'
import { exportBriefing, toProgressEvent } from '../export/export-briefing'
import { loadDeckFile } from '../files/load-deck-file'
import type { Printer } from '../export/printer'
import { deckStyles, readTemplate } from '../decks/runtime-assets'
import { writeFileAtomic } from '../files/write-file-atomic'

export interface WorkspaceOptions {
  /** The folder of decks; nothing outside it is read or written. */
  folder: string
  printer: Printer
  /** The URL under which the UI loads a file of the folder (its path relative to the folder, `/`-separated). */
  fileUrl(relativePath: string): string
  /** Where exported PDFs go, and how the UI reaches one. */
  exportDir: string
  exportLocation(file: string): string
  /** Where unsaved editor text is kept between crashes; default $XDG_CACHE_HOME/briefdeck/recovery. */
  recoveryDir?: string
}

export type Handlers = { [C in Channel]: (request: Request<C>) => Promise<Result<C>> }
export type Emit = <E extends EventName>(event: E, payload: Events[E]) => void

export interface Workspace {
  handlers: Handlers
  /** Listens to every event the workspace sends (all decks); returns the way to stop. */
  subscribe(listener: Emit): () => void
  close(): Promise<void>
}

interface Compiled {
  key: string
  snapshot: DeckSnapshot
  summary: DeckSummary
}

/** How long the watcher waits for a burst of file events (an editor's save) to settle. */
const SETTLE_MS = 25

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
  const cache = new Map<string, Compiled>()
  const positions = new Map<string, SlidePosition>()
  let rootPromise: Promise<string> | undefined

  /** The folder's real path; a folder that vanished is an error the UI shows. */
  const root = async (): Promise<string> => {
    rootPromise ??= realpath(options.folder)
    try {
      const real = await rootPromise
      await stat(real)
      return real
    } catch {
      rootPromise = undefined
      throw new BriefdeckError('E_NOT_FOUND', `the folder ${options.folder} no longer exists`)
    }
  }

  /** The absolute file of a deck path, refusing anything that resolves outside the folder (symlinks included). */
  const resolveDeck = async (path: string): Promise<string> => {
    const found = await confine(await root(), path)
    if (found.ok) return found.file
    throw found.reason === 'outside'
      ? new BriefdeckError('E_FORBIDDEN', `${path}: outside the open folder`)
      : new BriefdeckError('E_NOT_FOUND', `${path}: no such deck`)
  }

  const compile = async (path: string): Promise<Compiled> => {
    const file = await resolveDeck(path)
    const info = await stat(file)
    const key = `${info.mtimeMs}:${info.size}`
    const known = cache.get(path)
    if (known && known.key === key) return known
    const compiled = await compileText(path, file, await loadDeckFile(file), key)
    cache.set(path, compiled)
    return compiled
  }

  /** Compiles a deck's text as if it were the file `file` (images resolve from its folder). */
  const compileText = async (path: string, file: string, text: string, key: string): Promise<Compiled> => {
    const base = await root()
    const deckDir = dirname(file)
    const resolveAsset = (deckPath: string): AssetResolution => {
      const found = locateDeckAsset(deckDir, deckPath)
      if (!found.ok) return found
      return { ok: true, url: options.fileUrl(relative(base, found.file).split(sep).join('/')) }
    }
    const { deck, diagnostics } = parseDeck(text, { file: path, resolveAsset })
    const styles = deckStyles(deck)
    const css = styles.styles.join('\n')
    const all = [...diagnostics, ...styles.diagnostics]
    const snapshot: DeckSnapshot = {
      path,
      version: versionOf(text),
      title: deck.title,
      meta: { title: deck.meta.title, subtitle: deck.meta.subtitle, author: deck.meta.author, date: deck.meta.date, duration: deck.meta.duration },
      slides: deck.slides.map(toSlideView),
      sectionsHtml: renderSlides(deck),
      css,
      cssHash: cssHashOf(css),
      config: toRevealConfig(deck),
      diagnostics: all,
    }
    return { key, snapshot, summary: toSummary(deck, snapshot, all) }
  }

  const recoveryDir = options.recoveryDir ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'briefdeck', 'recovery')
  const recoveryFile = async (path: string): Promise<string> =>
    join(recoveryDir, `${createHash('sha256').update(join(await root(), ...path.split('/'))).digest('hex').slice(0, 24)}.json`)
  const clearRecovery = async (path: string): Promise<void> => {
    await unlink(await recoveryFile(path)).catch(() => {})
  }

  const listDecks = async (): Promise<string[]> => {
    const base = await root()
    const names = await readdir(base)
    return names.filter((name) => /\.(md|markdown)$/i.test(name)).sort((a, b) => a.localeCompare(b, 'en'))
  }

  const summaries = async (): Promise<DeckSummary[]> => {
    const result: DeckSummary[] = []
    for (const path of await listDecks()) {
      try {
        result.push((await compile(path)).summary)
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        result.push(brokenSummary(path, message))
      }
    }
    return result
  }

  const handlers: Handlers = {
    'library.list': () => summaries(),
    'deck.open': async ({ path }) => (await compile(path)).snapshot,
    'deck.read': async ({ path }) => {
      const text = await loadDeckFile(await resolveDeck(path))
      return { text, version: versionOf(text) }
    },
    'deck.save': async ({ path, text, baseVersion }) => {
      const base = await root()
      const file = join(base, ...path.split('/'))
      const current = await loadDeckFile(await resolveDeck(path)).catch((error: BriefdeckError) => {
        if (error.code === 'E_NOT_FOUND') return null
        throw error
      })
      const onDisk = current === null ? null : versionOf(current)
      // Never overwrite what someone else saved since this editor loaded the file.
      if (onDisk !== baseVersion) {
        throw new BriefdeckError('E_CONFLICT', `${path} changed on disk since it was opened; reload or keep your version explicitly`)
      }
      await writeFileAtomic(current === null ? file : await resolveDeck(path), text)
      await clearRecovery(path)
      return { version: versionOf(text) }
    },
    'deck.preview': async ({ path, text, knownCssHash }) => {
      const base = await root()
      const file = await resolveDeck(path).catch(() => join(base, ...path.split('/')))
      const { snapshot } = await compileText(path, file, text, 'preview')
      // Previews travel on every keystroke: no second copy of the slides, and no CSS the editor has.
      return { ...snapshot, sectionsHtml: '', css: snapshot.cssHash === knownCssHash ? '' : snapshot.css }
    },
    'deck.create': async ({ name }) => {
      const base = await root()
      const stem = toFileStem(name)
      let path = `${stem}.md`
      for (let n = 2; await stat(join(base, path)).then(() => true, () => false); n++) path = `${stem}-${n}.md`
      const template = readTemplate('new-deck.md').replace(/^title: .*$/m, `title: ${JSON.stringify(name.trim())}`).replace(/^# New briefing$/m, `# ${name.trim().replace(/[\r\n]+/g, ' ')}`)
      await writeFileAtomic(join(base, path), template)
      return { path }
    },
    'asset.add': async ({ deck, name, base64 }) => {
      const deckDir = dirname(await resolveDeck(deck))
      const bytes = Buffer.from(base64, 'base64')
      if (!looksLikeImage(bytes, name)) throw new BriefdeckError('E_INVALID', `${name} is not the image its name says`)
      const assets = join(deckDir, 'assets')
      await mkdir(assets, { recursive: true })
      const dot = name.lastIndexOf('.')
      const stem = toFileStem(name.slice(0, dot)) || 'image'
      const extension = name.slice(dot + 1).toLowerCase()
      let file = `${stem}.${extension}`
      for (let n = 2; await stat(join(assets, file)).then(() => true, () => false); n++) file = `${stem}-${n}.${extension}`
      await writeFileAtomic(join(assets, file), bytes)
      return { path: `assets/${file}` }
    },
    'recovery.put': async ({ path, text }) => {
      if (text === null) {
        await clearRecovery(path)
        return null
      }
      await mkdir(recoveryDir, { recursive: true })
      await writeFileAtomic(await recoveryFile(path), JSON.stringify({ path, text, savedAt: Date.now() }))
      return null
    },
    'recovery.get': async ({ path }) => {
      const saved = await readFile(await recoveryFile(path), 'utf8').catch(() => null)
      if (saved === null) return null
      try {
        const { text, savedAt } = JSON.parse(saved) as { text: unknown; savedAt: unknown }
        return typeof text === 'string' && typeof savedAt === 'number' ? { text, savedAt } : null
      } catch {
        return null
      }
    },
    'export.pdf': async ({ path, layout, size }) => {
      const base = await root()
      const input = path === null ? base : await resolveDeck(path)
      await mkdir(options.exportDir, { recursive: true })
      const name = `${(path === null ? basename(base) : basename(path).replace(/\.(md|markdown)$/i, ''))}-${layout}-${Date.now().toString(36)}.pdf`
      const output = join(options.exportDir, name)
      const report = await exportBriefing({ input, output, layout, size, fragments: false, format: 'pdf' }, {
        printer: options.printer, write: writeFileAtomic, progress: (event) => emit('export.progressed', toProgressEvent(event)),
      })
      return { location: options.exportLocation(output), pages: report.pages, bytes: report.bytes, seconds: report.seconds }
    },
    'presenter.move': async ({ path, position, client }) => {
      positions.set(path, position)
      emit('presenter.moved', { path, position, client })
      return null
    },
    'presenter.where': async ({ path }) => positions.get(path) ?? null,
    // Browser mode: the page opens its own windows; the desktop app replaces this handler.
    'window.open': async () => ({ opened: false }),
  }

  // Watching: a change to a deck recompiles it and pushes the new snapshot, so open views update
  // without asking; any change refreshes the library.
  let watcher: FSWatcher | undefined
  let timer: NodeJS.Timeout | undefined
  let closed = false
  const changed = new Set<string>()
  const flush = async (): Promise<void> => {
    const names = [...changed]
    changed.clear()
    const decks = new Set(await listDecks().catch(() => [] as string[]))
    for (const name of names) {
      if (!/\.(md|markdown)$/i.test(name)) continue
      if (!decks.has(name)) {
        cache.delete(name)
        emit('deck.removed', { path: name })
        continue
      }
      try {
        emit('deck.changed', (await compile(name)).snapshot)
      } catch {
        // A deck being written may be briefly unreadable; the next event brings it.
      }
    }
    // A changed image can change how any deck looks: recompile them all on the next open.
    if (names.some((n) => !/\.(md|markdown)$/i.test(n))) cache.clear()
    emit('library.changed', (await summaries().catch(() => [])).map((summary) => ({ ...summary, css: '' })))
  }
  const startWatching = async (): Promise<void> => {
    const base = await root().catch(() => null)
    // close() may have run while the folder was being resolved: then no watcher may be started.
    if (base === null || closed) return
    try {
      watcher = watch(base, { recursive: true }, (_type, name) => {
        if (!name) return
        changed.add(String(name).split(sep).join('/'))
        clearTimeout(timer)
        timer = setTimeout(() => void flush(), SETTLE_MS)
      })
      watcher.on('error', () => emit('library.changed', []))
    } catch {
      watcher = undefined
    }
  }
  void startWatching()

  return {
    handlers,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async close() {
      closed = true
      clearTimeout(timer)
      watcher?.close()
      listeners.clear()
    },
  }
}

let lastCss = ''
let lastCssHash = versionOf('')
/** The hash of a deck's CSS; the same CSS as last time (the usual case while typing) is not hashed again. */
function cssHashOf(css: string): string {
  if (css !== lastCss) {
    lastCss = css
    lastCssHash = versionOf(css)
  }
  return lastCssHash
}

/** A file name from a title: lower case letters, digits and dashes, at most 60 characters. */
export function toFileStem(name: string): string {
  return name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '') || 'deck'
}

/** Whether bytes start as the image format their file name claims (so a paste cannot plant a script). */
export function looksLikeImage(bytes: Uint8Array, name: string): boolean {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase()
  const starts = (...signature: number[]) => signature.every((b, i) => bytes[i] === b)
  switch (extension) {
    case 'png': return starts(0x89, 0x50, 0x4e, 0x47)
    case 'jpg': case 'jpeg': return starts(0xff, 0xd8, 0xff)
    case 'gif': return starts(0x47, 0x49, 0x46, 0x38)
    case 'webp': return starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.slice(8, 12)) === 'WEBP'
    case 'avif': return String.fromCharCode(...bytes.slice(4, 12)).startsWith('ftypavi')
    case 'svg': return /<svg[\s>]/i.test(new TextDecoder().decode(bytes.slice(0, 4096)))
    default: return false
  }
}

/** A short content hash identifying one version of a deck's text. */
export function versionOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)
}

function toSlideView(slide: Deck['slides'][number]): SlideView {
  return {
    index: slide.index, h: slide.h, v: slide.v, title: slide.title, html: slide.html, notesHtml: slide.notesHtml,
    attributes: slide.attributes, startLine: slide.startLine, endLine: slide.endLine,
  }
}

/** Talk length: the deck's `duration`, else half a minute a slide or the time to say the notes (130 words a minute). */
export function estimateMinutes(deck: Deck): number {
  return Math.max(1, Math.round(deck.slides.reduce((sum, s) => sum + Math.max(0.5, s.notes.split(/\s+/).filter(Boolean).length / 130), 0)))
}

function toSummary(deck: Deck, snapshot: DeckSnapshot, diagnostics: Diagnostic[]): DeckSummary {
  return {
    path: snapshot.path, title: deck.title, date: deck.meta.date, author: deck.meta.author, slides: deck.slides.length,
    minutes: deck.meta.duration ?? estimateMinutes(deck), estimated: deck.meta.duration === undefined,
    firstSlide: snapshot.slides[0] ?? null, css: snapshot.css, cssHash: snapshot.cssHash,
    errors: diagnostics.filter((d) => d.severity === 'error'),
  }
}

function brokenSummary(path: string, message: string): DeckSummary {
  return {
    path, title: path, slides: 0, minutes: 0, estimated: true, firstSlide: null, css: '', cssHash: '',
    errors: [{ code: 'E_FILE', severity: 'error', file: path, line: 1, message }],
  }
}
