import { extname, join } from 'node:path'
import { type PdfLayout, type PdfSize, defaultPdfSize } from '../../../renderer/core/api/contract'
import type { Removal, Variant } from '../../../renderer/core/brief/variant'
import type { Deck, Diagnostic } from '../../../renderer/core/deck/deck'
import { overflowDiagnostics } from '../../../renderer/core/deck/overflow'
import { documentStamp } from '../../../renderer/core/print/page-stamps'
import { type PrintPlan, printPageSize, renderPrintDocument } from '../../../renderer/core/print/print-document'
import { type LoadedBriefing, loadBriefing } from '../decks/load-decks'
import { assertNoDeckErrors, assertStrict } from './assert-no-deck-errors'
import { codeHighlighter } from './code-highlighter'
import { printRuntime } from './print-runtime'
import { finishPdf, loadPdfLib } from './finish-pdf'
import type { Printer } from './printer'
import { exportPptx } from './pptx/export-pptx'
import { sourcesAnnex } from '../../../renderer/core/sources/sources-annex'
import { checkDeckSources } from '../sources/check-sources'

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
}

/**
 * Exports a deck or a folder of decks to one PDF (or PNG pages): compile every deck, lay out every
 * page in one print document, print it once, then add metadata and bookmarks and write atomically.
 */
export async function exportBriefing(request: ExportRequest, ports: ExportPorts): Promise<ExportReport> {
  if (request.format === 'pptx') return exportPptx(request, ports)
  const started = performance.now()
  // The browser boots in its own process while the decks compile.
  ports.printer.prepare?.()
  const source = await loadBriefing(request.input, {
    assets: 'inline', variant: request.variant, progress: (event) => ports.progress?.({ phase: 'compile', ...event }),
  })
  const decks = source.decks.map((loaded) => loaded.deck)
  const annex = request.sourcesAnnex ? sourcesAnnex(decks) : null
  const printedDecks = annex ? [...decks, annex] : decks
  const { runtime, diagnostics: styleDiagnostics } = printRuntime(source, printedDecks)
  const diagnostics = [...source.diagnostics, ...styleDiagnostics]
  assertNoDeckErrors(diagnostics)
  diagnostics.push(...(await checkDeckSources(source.decks)))
  const size = request.size ?? defaultPdfSize(request.layout)
  const plan = renderPrintDocument(printedDecks, {
    layout: request.layout, size, fragments: request.fragments, book: source.book, highlight: await codeHighlighter(decks),
  }, runtime)
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
    const printing = ports.printer.pdf(plan.html, { tagged: true })
    void loadPdfLib().catch(() => {})
    const printed = await printing
    diagnostics.push(...overflowDiagnostics(decks, printed.measured))
    assertStrict(diagnostics, request.strict)
    const pdf = await finishPdf(printed.pdf, pdfInfo(source, decks, plan), plan.outline)
    ports.progress?.({ phase: 'write', output: request.output })
    await ports.write(request.output, pdf)
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

/** `-o out.png` → out-01.png, out-02.png…; `-o folder` → folder/page-01.png… */
export function pngName(output: string, index: number, count: number): string {
  const digits = String(count).length < 2 ? 2 : String(count).length
  const n = String(index + 1).padStart(digits, '0')
  return extname(output).toLowerCase() === '.png' ? `${output.slice(0, -4)}-${n}.png` : join(output, `page-${n}.png`)
}
