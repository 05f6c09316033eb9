import { readFile, readdir, stat } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { parseBriefingConfig } from '../../renderer/core/deck/briefing-config'
import { type Deck, type Diagnostic, formatDiagnostic } from '../../renderer/core/deck/deck'
import { parseDeck } from '../../renderer/core/deck/parse-deck'
import { BriefdeckError } from '../../renderer/core/errors'
import type { HighlightCode } from '../../renderer/core/print/print-slide'
import {
  type BookInfo, type PrintLayout, type PrintPlan, type PrintSize, printPageSize, renderPrintDocument,
} from '../../renderer/core/print/print-document'
import { inlineAssetResolver } from './deck-assets'
import { finishPdf, loadPdfLib } from './finish-pdf'
import { loadDeckFile } from './load-deck-file'
import type { Printer } from './printer'
import {
  DEFAULT_HIGHLIGHT_THEME, DEFAULT_THEME, deckFontCss, hasCodeBlocks, loadHighlightCss, loadThemeCss, readStyle, readTemplate, toInlineScript,
} from './runtime-assets'

/** What to export. A folder is a briefing book: its `*.md` decks in file-name order. */
export interface ExportRequest {
  input: string
  output: string
  layout: PrintLayout
  /** Default: 16:9 for slides, A4 for handouts. */
  size?: PrintSize
  fragments: boolean
  format: 'pdf' | 'png'
}

/** What an export made, for the `--json` summary and the app's "Show in folder". */
export interface ExportReport {
  outputs: string[]
  pages: number
  bytes: number
  seconds: number
  decks: number
  slides: number
  diagnostics: Diagnostic[]
}

/** The export's stage as the UI's `export.progressed` event reports it. */
export function toProgressEvent(event: ExportProgress): { stage: 'compile' | 'print' | 'write'; done: number; total: number } {
  if (event.phase === 'compile') return { stage: 'compile', done: event.done, total: event.total }
  if (event.phase === 'print') return { stage: 'print', done: 0, total: event.pages }
  return { stage: 'write', done: 1, total: 1 }
}

/** Progress of an export, for a progress bar. */
export type ExportProgress =
  | { phase: 'compile'; deck: string; done: number; total: number; slides: number }
  | { phase: 'print'; pages: number }
  | { phase: 'write'; output: string }

export interface ExportPorts {
  printer: Printer
  /** Writes a finished file atomically: a failed or interrupted export never leaves half a file. */
  write(path: string, bytes: Uint8Array): Promise<void>
  progress?(event: ExportProgress): void
}

/** The decks of an export and, for a folder, its book cover. */
export interface ExportSource {
  decks: Deck[]
  book?: BookInfo
  theme: string
  diagnostics: Diagnostic[]
}

/**
 * Exports a deck or a folder of decks to one PDF (or PNG pages): compile every deck, lay out every
 * page in one print document, print it once, then add metadata and bookmarks and write atomically.
 */
export async function exportBriefing(request: ExportRequest, ports: ExportPorts): Promise<ExportReport> {
  const started = performance.now()
  // The browser boots in its own process while the decks compile.
  ports.printer.prepare?.()
  const source = await loadExportSource(request.input, ports.progress)
  const errors = source.diagnostics.filter((d) => d.severity === 'error')
  if (errors.length > 0) {
    throw new BriefdeckError('E_COMPILE', `${errors.map(formatDiagnostic).join('\n')}\n${errors.length} error${errors.length === 1 ? '' : 's'}; nothing exported`)
  }
  const size = request.size ?? (request.layout === 'handout' ? 'a4' : '16:9')
  const plan = renderPrintDocument(source.decks, {
    layout: request.layout, size, fragments: request.fragments, book: source.book, highlight: await codeHighlighter(source.decks),
  }, printRuntime(source))
  ports.progress?.({ phase: 'print', pages: plan.pageCount })

  const outputs: string[] = []
  let bytes = 0
  if (request.format === 'png') {
    const page = printPageSize(request.layout, size)
    const shots = await ports.printer.png(plan.html, { width: page.w, height: page.h })
    for (const [i, shot] of shots.entries()) {
      const file = pngName(request.output, i, shots.length)
      ports.progress?.({ phase: 'write', output: file })
      await ports.write(file, shot)
      outputs.push(file)
      bytes += shot.length
    }
  } else {
    const printing = ports.printer.pdf(plan.html, { tagged: true })
    void loadPdfLib().catch(() => {})
    const printed = await printing
    const pdf = await finishPdf(printed, pdfInfo(source, plan), plan.outline)
    ports.progress?.({ phase: 'write', output: request.output })
    await ports.write(request.output, pdf)
    outputs.push(request.output)
    bytes = pdf.length
  }
  return {
    outputs, pages: plan.pageCount, bytes, seconds: (performance.now() - started) / 1000,
    decks: source.decks.length, slides: source.decks.reduce((n, d) => n + d.slides.length, 0),
    diagnostics: source.diagnostics,
  }
}

/** Reads and compiles a deck, or every deck of a folder with its `briefing.yml`. */
export async function loadExportSource(input: string, progress?: ExportPorts['progress']): Promise<ExportSource> {
  const info = await stat(input).catch(() => null)
  if (info === null) throw new BriefdeckError('E_NOT_FOUND', `${input}:1: no such file or folder`)
  const diagnostics: Diagnostic[] = []
  const files = info.isDirectory()
    ? (await readdir(input)).filter((name) => /\.(md|markdown)$/i.test(name)).sort((a, b) => a.localeCompare(b, 'en')).map((name) => join(input, name))
    : [input]
  if (files.length === 0) throw new BriefdeckError('E_NOT_FOUND', `${input}: no Markdown decks (*.md) in this folder`)
  const decks: Deck[] = []
  for (const [i, file] of files.entries()) {
    const parsed = parseDeck(await loadDeckFile(file), { file, resolveAsset: inlineAssetResolver(dirname(file)) })
    decks.push(parsed.deck)
    diagnostics.push(...parsed.diagnostics)
    progress?.({ phase: 'compile', deck: basename(file), done: i + 1, total: files.length, slides: parsed.deck.slides.length })
  }
  let book: BookInfo | undefined
  let theme = decks[0].meta.theme ?? DEFAULT_THEME
  if (info.isDirectory()) {
    const configFile = join(input, 'briefing.yml')
    const text = await readFile(configFile, 'utf8').catch(() => null)
    const { config, diagnostics: configDiagnostics } = text === null ? { config: {}, diagnostics: [] } : parseBriefingConfig(text, configFile)
    diagnostics.push(...configDiagnostics)
    const first = decks[0].meta
    book = {
      title: config.title ?? first.title ?? decks[0].title,
      subtitle: config.subtitle ?? first.subtitle,
      author: config.author ?? first.author,
      date: config.date ?? first.date,
    }
    theme = config.theme ?? theme
  }
  if (loadThemeCss(theme) === null) {
    diagnostics.push({ code: 'W_UNKNOWN_THEME', severity: 'warning', file: files[0], line: decks[0].metaLines.theme ?? 1, message: `unknown theme \`${theme}\`; using \`${DEFAULT_THEME}\`` })
    theme = DEFAULT_THEME
  }
  return { decks, book, theme, diagnostics }
}

function printRuntime(source: ExportSource) {
  const { decks, book } = source
  // Besides the decks, a print page shows the book's cover and the handout's own labels.
  const pageText = [book?.title, book?.subtitle, book?.author, book?.date, 'Contents Slide of notes continued No speaker notes. decks slides pages'].join(' ')
  const styles = [loadThemeCss(source.theme) as string, deckFontCss(decks, pageText)]
  if (hasCodeBlocks(decks)) styles.push(loadHighlightCss(decks[0].meta.highlightTheme ?? DEFAULT_HIGHLIGHT_THEME) ?? (loadHighlightCss(DEFAULT_HIGHLIGHT_THEME) as string))
  return { slideCss: readStyle('static-slide.css'), printCss: readStyle('print.css'), styles, script: toInlineScript(readTemplate('print-fit.js')) }
}

/** Highlights code at export time (no plugin runs in print); highlight.js loads only when there is code. */
async function codeHighlighter(decks: Deck[]): Promise<HighlightCode | undefined> {
  if (!hasCodeBlocks(decks)) return undefined
  const { default: hljs } = await import('highlight.js')
  return (code, language) => {
    try {
      return language && hljs.getLanguage(language) ? hljs.highlight(code, { language, ignoreIllegals: true }).value : hljs.highlightAuto(code).value
    } catch {
      return null
    }
  }
}

function pdfInfo(source: ExportSource, plan: PrintPlan) {
  const first = source.decks[0].meta
  return {
    title: plan.title,
    author: source.book?.author ?? first.author,
    subject: source.book?.subtitle ?? first.subtitle ?? first.description ?? `Briefing: ${plan.title}`,
    keywords: ['briefing', ...source.decks.map((d) => d.title)],
    language: first.lang ?? 'en',
  }
}

/** `-o out.png` → out-01.png, out-02.png…; `-o folder` → folder/page-01.png… */
export function pngName(output: string, index: number, count: number): string {
  const digits = String(count).length < 2 ? 2 : String(count).length
  const n = String(index + 1).padStart(digits, '0')
  return extname(output).toLowerCase() === '.png' ? `${output.slice(0, -4)}-${n}.png` : join(output, `page-${n}.png`)
}
