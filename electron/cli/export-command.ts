import { mkdir } from 'node:fs/promises'
import { extname, resolve } from 'node:path'
import { formatDiagnostic } from '../../renderer/core/deck/deck'
import { BriefdeckError } from '../../renderer/core/errors'
import { PDF_SIZES, type PdfLayout, type PdfSize } from '../../renderer/core/api/contract'
import { isDeckFile } from '../../renderer/core/deck/deck-files'
import { isHandout } from '../../renderer/core/print/page-geometry'
import { createChromiumPrinter } from '../node/export/chromium-printer'
import { EXPORT_FORMATS, type ExportFormat, type ExportProgress, exportBriefing } from '../node/export/export-briefing'
import type { ChromiumBrowser } from '../node/export/launch-chromium'
import { writeFileAtomic } from '../node/files/write-file-atomic'
import type { PhaseTrace } from '../node/trace/phase-trace'
import { type LayoutFlags, toPrintLayout } from './export-layout'
import { type VariantFlags, isCut, removalLines, toVariant } from './variant-flags'

export interface ExportOptions extends LayoutFlags, VariantFlags {
  input: string
  output?: string
  size?: string
  fragments: boolean
  /** Default: pptx when -o ends in .pptx, else pdf. */
  format?: string
  json: boolean
  quiet: boolean
  /** Warnings fail the export (exit 65), with nothing written. */
  strict: boolean
  /** Add a generated Sources annex after the slides (one for a book). */
  sourcesAnnex?: boolean
  /** The same input gives the same bytes (`--deterministic`, or SOURCE_DATE_EPOCH set). */
  deterministic?: boolean
  /** The browser main.ts started before loading this command (default: started when first needed). */
  browser?: () => ChromiumBrowser
  trace?: PhaseTrace
}

/**
 * `briefdeck export <deck.md | folder> -o out.pdf [--layout slides|handout] [--per-page 2|3|6]
 * [--no-notes] [--size 16:9|a4|letter] [--fragments] [--format pdf|png|pptx] [--json]`. A progress
 * bar on a terminal, nothing extra otherwise.
 */
export async function exportCommand(options: ExportOptions, log: (line: string) => void): Promise<void> {
  const check = (name: string, value: string | undefined, allowed: readonly string[]): void => {
    if (value !== undefined && !allowed.includes(value)) throw new BriefdeckError('E_USAGE', `--${name} must be one of ${allowed.join(', ')} (got \`${value}\`)`)
  }
  const layout = toPrintLayout(options)
  check('size', options.size, PDF_SIZES)
  check('format', options.format, EXPORT_FORMATS)
  if (isHandout(layout) && options.size === '16:9') throw new BriefdeckError('E_USAGE', 'handouts are portrait pages: use --size a4 or --size letter')
  if (isHandout(layout) && options.fragments) throw new BriefdeckError('E_USAGE', '--fragments prints a page per fragment step of slide pages; handouts show each slide as it ends')
  const format = exportFormat(options, layout)
  const output = resolve(options.output ?? (format === 'png' ? 'pages' : `briefing.${format}`))
  if (isDeckFile(output)) throw new BriefdeckError('E_USAGE', `-o ${options.output} is a Markdown file; export writes a PDF, PNG or PowerPoint file, give it a .pdf name`)
  if (format === 'png' && extname(output).toLowerCase() !== '.png') await mkdir(output, { recursive: true })

  // cli-progress loads only for a terminal that shows the bar.
  const bars = process.stderr.isTTY && !options.json && !options.quiet ? await import('cli-progress') : null
  const bar = bars
    ? new bars.SingleBar({ format: ' {phase} |{bar}| {value}/{total} {unit} {detail}', hideCursor: true, clearOnComplete: true, stream: process.stderr }, bars.Presets.shades_classic)
    : null
  const progress = (event: ExportProgress): void => {
    if (!bar) return
    if (event.phase === 'compile') {
      if (event.done === 1) bar.start(event.total, 0, { phase: 'compile', unit: 'decks', detail: '' })
      bar.update(event.done, { detail: `${event.deck} (${event.slides} slides)` })
    } else if (event.phase === 'print') {
      bar.setTotal(event.pages)
      bar.update(0, { phase: 'print  ', unit: format === 'pptx' ? 'slides' : 'pages', detail: format === 'pptx' ? 'laying out slides' : 'laying out and printing' })
    } else {
      bar.update(bar.getTotal(), { phase: 'write  ', detail: event.output })
    }
  }

  const printer = createChromiumPrinter(options.browser)
  try {
    const report = await exportBriefing(
      {
        input: options.input, output, layout, size: options.size as PdfSize | undefined, fragments: options.fragments, format, strict: options.strict,
        deterministic: options.deterministic, variant: toVariant(options), sourcesAnnex: options.sourcesAnnex,
      },
      { printer, write: writeFileAtomic, progress, trace: options.trace },
    )
    bar?.stop()
    for (const diagnostic of report.diagnostics) if (!options.json || diagnostic.severity !== 'info') log(formatDiagnostic(diagnostic))
    if (isCut(options)) for (const line of removalLines(report.removals, options.audience)) log(line)
    if (options.json) {
      process.stdout.write(`${JSON.stringify({
        outputs: report.outputs, pages: report.pages, bytes: report.bytes, seconds: Number(report.seconds.toFixed(3)),
        decks: report.decks, slides: report.slides, warnings: report.diagnostics.filter((d) => d.severity === 'warning').length,
        removals: report.removals,
      })}\n`)
    } else if (!options.quiet) {
      const what = format === 'png' ? `${report.outputs.length} PNG files in ${output}` : output
      const unit = format === 'pptx' ? 'slides' : 'pages'
      log(`exported ${what} (${report.pages} ${unit}, ${report.decks} deck${report.decks === 1 ? '' : 's'}, ${(report.bytes / 1024).toFixed(0)} KiB, ${report.seconds.toFixed(2)} s)`)
    }
  } finally {
    bar?.stop()
    await printer.close()
  }
}

/**
 * The format to write: `--format`, else PowerPoint for a `.pptx` output, else PDF. A PowerPoint file
 * has slides only: handouts, page sizes and one page per fragment are PDF's (fragments become
 * PowerPoint animations instead).
 */
function exportFormat(options: ExportOptions, layout: PdfLayout): ExportFormat {
  const isPptx = extname(options.output ?? '').toLowerCase() === '.pptx'
  const format = (options.format ?? (isPptx ? 'pptx' : 'pdf')) as ExportFormat
  if (isPptx && format !== 'pptx') throw new BriefdeckError('E_USAGE', `-o ${options.output} is a PowerPoint file, but --format is ${format}; drop --format or use --format pptx`)
  if (format === 'pptx') {
    if (options.output !== undefined && !isPptx) throw new BriefdeckError('E_USAGE', `--format pptx writes a .pptx file; give -o a .pptx name (got ${options.output})`)
    if (isHandout(layout)) throw new BriefdeckError('E_USAGE', 'PowerPoint export writes slides; handouts are PDF only (their notes are in each slide\'s notes pane)')
    if (options.size !== undefined) throw new BriefdeckError('E_USAGE', 'PowerPoint slides are always 16:9; --size is for PDF')
    if (options.fragments) throw new BriefdeckError('E_USAGE', 'PowerPoint export makes fragments appear animations; --fragments is for PDF')
  }
  return format
}
