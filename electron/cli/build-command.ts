import { basename, extname, resolve } from 'node:path'
import { type Diagnostic, formatDiagnostic, hasErrors } from '../../renderer/core/deck/deck'
import { BriefdeckError, toBriefdeckError } from '../../renderer/core/errors'
import { buildDeckPage } from '../node/decks/build-page'
import { type LoadedDeck, loadDeck } from '../node/decks/load-decks'
import { createChromiumPrinter } from '../node/export/chromium-printer'
import type { ChromiumBrowser } from '../node/export/launch-chromium'
import type { Printer } from '../node/export/printer'
import { measureSlides } from '../node/export/measure-slides'
import { writeFileAtomic } from '../node/files/write-file-atomic'
import { checkDeckSources } from '../node/sources/check-sources'
import { type VariantFlags, isCut, removalLines, toVariant } from './variant-flags'

export interface BuildOptions extends VariantFlags {
  deck: string
  output?: string
  quiet: boolean
  /** Warnings fail the build (exit 65), with nothing written. */
  strict: boolean
  /** The browser main.ts started before loading this command (default: started when first needed). */
  browser?: () => ChromiumBrowser
  /** A JSON summary on stdout: the output, its size, warnings and what a cut removed. */
  json: boolean
}

/**
 * Overflow warnings for the deck, measured in Chromium as an export would print it. Without a
 * browser the page is still built, and an info line says the slides were not measured.
 */
async function measured(loaded: LoadedDeck, printer: Printer): Promise<Diagnostic[]> {
  try {
    return await measureSlides({ decks: [loaded] }, printer)
  } catch (error) {
    const problem = toBriefdeckError(error)
    if (problem.code !== 'E_BROWSER') throw problem
    return [{ code: 'W_OVERFLOW', severity: 'info', file: loaded.deck.file, line: 1, message: `slides not measured for overflow: ${problem.message}` }]
  }
}

/**
 * `briefdeck build <deck.md> -o <out.html>`: one self-contained HTML file. Diagnostics go to
 * stderr as `file:line: severity: message`; with any error nothing is written.
 */
export async function buildCommand(options: BuildOptions, log: (line: string) => void): Promise<void> {
  const output = resolve(options.output ?? `${basename(options.deck, extname(options.deck))}.html`)
  // Writing the page over its own source would lose the deck.
  if (output === resolve(options.deck)) throw new BriefdeckError('E_USAGE', `-o ${options.output} is the deck itself; choose another file for the HTML`)
  const printer = createChromiumPrinter(options.browser)
  // The page that measures the slides opens while the deck compiles and its charts are drawn.
  printer.prepare?.()
  const diagnostics: Diagnostic[] = []
  let page: ReturnType<typeof buildDeckPage> | null
  let loaded: LoadedDeck
  try {
    loaded = await loadDeck(options.deck, options.deck, 'inline', { variant: toVariant(options) })
    // A deck with errors stops here, before its page is put together.
    page = hasErrors(loaded.diagnostics) ? null : buildDeckPage(loaded)
    diagnostics.push(...loaded.diagnostics, ...(page?.diagnostics ?? []))
    if (page !== null) diagnostics.push(...(await checkDeckSources([loaded])), ...(await measured(loaded, printer)))
  } finally {
    await printer.close()
  }
  for (const diagnostic of diagnostics) log(formatDiagnostic(diagnostic))
  if (page === null) {
    const count = diagnostics.filter((d) => d.severity === 'error').length
    throw new BriefdeckError('E_COMPILE', `${options.deck}: ${count} error${count === 1 ? '' : 's'}; nothing written`)
  }
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length
  if (options.strict && warnings > 0) throw new BriefdeckError('E_COMPILE', `${options.deck}: ${warnings} warning${warnings === 1 ? '' : 's'} and --strict; nothing written`)
  await writeFileAtomic(output, page.html)
  if (isCut(options)) for (const line of removalLines(loaded.removals, options.audience)) log(line)
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ outputs: [output], bytes: Buffer.byteLength(page.html), slides: loaded.deck.slides.length, warnings, removals: loaded.removals })}\n`)
  } else if (!options.quiet) {
    const slides = loaded.deck.slides.length
    log(`built ${output} (${slides} slide${slides === 1 ? '' : 's'}, ${Math.round(page.html.length / 1024)} KiB)`)
  }
}
