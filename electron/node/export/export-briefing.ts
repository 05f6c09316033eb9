import { extname, join } from 'node:path'
import { type PdfLayout, type PdfSize, defaultPdfSize } from '../../../renderer/core/api/contract'
import type { Removal, Variant } from '../../../renderer/core/brief/variant'
import type { Deck, Diagnostic } from '../../../renderer/core/deck/deck'
import { overflowDiagnostics } from '../../../renderer/core/deck/overflow'
import { documentStamp } from '../../../renderer/core/print/page-stamps'
import { type PrintPlan, printPageSize, renderPrintDocument } from '../../../renderer/core/print/print-document'
import { type CompileCache, type LoadedBriefing, loadBriefing } from '../decks/load-decks'
import { assertNoDeckErrors, assertStrict } from './assert-no-deck-errors'
import { codeHighlighter } from './code-highlighter'
import { printRuntime } from './print-runtime'
import { type PrintedPart, finishPdf } from './finish-pdf'
import { BriefdeckError } from '../../../renderer/core/errors'
import { UnsupportedPdf } from './pdf/pdf-syntax'
import { type PrintedCache, printSlices } from './print-slices'
import type { Printer } from './printer'
import { sourcesAnnex } from '../../../renderer/core/sources/sources-annex'
import { checkDeckSources } from '../sources/check-sources'
import { type PhaseTrace, createPhaseTrace } from '../trace/phase-trace'

/** What to export. A folder is a briefing book: its `*.md` decks in file-name order. */
export interface ExportRequest {
  input: string
  output: string
  layout: PdfLayout
  /** Default: 16:9 for slides, A4 for handouts. */
  size?: PdfSize
  fragments: boolean
  /** pptx writes an editable PowerPoint file (see pptx/export-pptx.ts); layout, size and fragments are PDF's. */
  format: ExportFormat
  /** Warnings (an overflowing slide, a missing image) stop the export before anything is written. */
  strict?: boolean
  /** A generated Sources annex after the slides, listing what they cite (one for a book). */
  sourcesAnnex?: boolean
  /** The same input gives the same bytes: dated SOURCE_DATE_EPOCH (else undated), a document ID from the content. */
  deterministic?: boolean
  /** The cut to export (one audience, without notes or backup slides); default the whole deck. */
  variant?: Variant
}

/** The formats `export` writes. */
export const EXPORT_FORMATS = ['pdf', 'png', 'pptx'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** What an export made, for the `--json` summary and the app's "Show in folder". */
export interface ExportReport {
  outputs: string[]
  pages: number
  bytes: number
  seconds: number
  decks: number
  slides: number
  diagnostics: Diagnostic[]
  /** What the variant left out, for the sender to check. */
  removals: Removal[]
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
  /** Times each phase (`--profile`, `BRIEFDECK_TRACE=1`). */
  trace?: PhaseTrace
  /** Slices printed by earlier exports (a running server or app): only changed slices print again. */
  printed?: PrintedCache
  /** Decks compiled by earlier exports: only changed decks compile again. */
  compiled?: CompileCache
}

/**
 * Exports a deck or a folder of decks to one PDF (or PNG pages): compile every deck, lay out every
 * page in one print document, print it once, then add metadata and bookmarks and write atomically.
 */
export async function exportBriefing(request: ExportRequest, ports: ExportPorts): Promise<ExportReport> {
  // PowerPoint's writer (and fflate) load only for PowerPoint.
  if (request.format === 'pptx') return (await import('./pptx/export-pptx')).exportPptx(request, ports)
  const started = performance.now()
  const trace = ports.trace ?? createPhaseTrace()
  // The browser boots in its own process while the decks compile.
  ports.printer.prepare?.()
  const source = await trace.time('compile', () => loadBriefing(request.input, {
    assets: 'inline', variant: request.variant, progress: (event) => ports.progress?.({ phase: 'compile', ...event }), cache: ports.compiled,
  }))
  const decks = source.decks.map((loaded) => loaded.deck)
  const annex = request.sourcesAnnex ? sourcesAnnex(decks) : null
  const printedDecks = annex ? [...decks, annex] : decks
  const { runtime, diagnostics: styleDiagnostics } = trace.timeSync('styles and fonts', () => printRuntime(source, printedDecks))
  const diagnostics = [...source.diagnostics, ...styleDiagnostics]
  assertNoDeckErrors(diagnostics)
  diagnostics.push(...(await checkDeckSources(source.decks)))
  const size = request.size ?? defaultPdfSize(request.layout)
  const highlight = await trace.time('highlight', () => codeHighlighter(decks))
  const plan = trace.timeSync('print document', () => renderPrintDocument(printedDecks, {
    layout: request.layout, size, fragments: request.fragments, book: source.book,
    highlight: highlight && trace.sum('highlight', 'print document', highlight),
  }, runtime))
  ports.progress?.({ phase: 'print', pages: plan.pageCount })

  const outputs: string[] = []
  let bytes = 0
  if (request.format === 'png') {
    const page = printPageSize(request.layout, size)
    const shots = await ports.printer.png(plan.html, { width: page.w, height: page.h })
    assertStrict(diagnostics, request.strict)
    for (const [i, shot] of shots.entries()) {
      const file = pngName(request.output, i, shots.length)
      ports.progress?.({ phase: 'write', output: file })
      await ports.write(file, shot)
      outputs.push(file)
      bytes += shot.length
    }
  } else {
    const date = exportDate(request.deterministic)
    const printed = await printSlices(plan, ports.printer, { trace, cache: ports.printed })
    diagnostics.push(...overflowDiagnostics(decks, printed.measured))
    assertStrict(diagnostics, request.strict)
    const finish = (parts: PrintedPart[]): Promise<Uint8Array> => trace.time('finish', () => finishPdf(parts, pdfInfo(source, decks, plan), plan.outline, { date }))
    const pdf = await finish(printed.parts).catch(async (error: unknown) => {
      // Slices that cannot be joined (a printer whose PDFs are not Chromium's): the document in one piece.
      if (!(error instanceof UnsupportedPdf) || printed.parts.length === 1) throw error
      return finish([{ pdf: (await ports.printer.pdf(plan.html, { tagged: true, trace })).pdf }])
    })
    ports.progress?.({ phase: 'write', output: request.output })
    await trace.time('write', () => ports.write(request.output, pdf))
    outputs.push(request.output)
    bytes = pdf.length
  }
  return {
    outputs, pages: plan.pageCount, bytes, seconds: (performance.now() - started) / 1000,
    decks: decks.length, slides: decks.reduce((n, d) => n + d.slides.length, 0),
    diagnostics, removals: source.removals,
  }
}

function pdfInfo(source: LoadedBriefing, decks: readonly Deck[], plan: PrintPlan) {
  const first = decks[0].meta
  // The document's marking travels with the file: in its subject and keywords; a draft says so in its title.
  const stamp = documentStamp(decks, source.book)
  const subject = source.book?.subtitle ?? first.subtitle ?? first.description ?? `Briefing: ${plan.title}`
  return {
    title: stamp.draft ? `DRAFT — ${plan.title}` : plan.title,
    author: source.book?.author ?? first.author,
    subject: stamp.marking ? `${stamp.marking.text} — ${subject}` : subject,
    keywords: [...(stamp.marking ? [stamp.marking.text] : []), 'briefing', ...decks.map((d) => d.title)],
    language: first.lang ?? 'en',
  }
}

/**
 * When a PDF says it was made: SOURCE_DATE_EPOCH when it is set (the reproducible-builds convention),
 * else no date for a deterministic export, else now.
 */
export function exportDate(deterministic: boolean | undefined, env: NodeJS.ProcessEnv = process.env): Date | null {
  const epoch = env.SOURCE_DATE_EPOCH
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new BriefdeckError('E_USAGE', `SOURCE_DATE_EPOCH must be whole seconds since 1970 (got \`${epoch}\`)`)
    return new Date(Number(epoch) * 1000)
  }
  return deterministic ? null : new Date()
}

/** `-o out.png` → out-01.png, out-02.png…; `-o folder` → folder/page-01.png… */
export function pngName(output: string, index: number, count: number): string {
  const digits = String(count).length < 2 ? 2 : String(count).length
  const n = String(index + 1).padStart(digits, '0')
  return extname(output).toLowerCase() === '.png' ? `${output.slice(0, -4)}-${n}.png` : join(output, `page-${n}.png`)
}
