import type { Diagnostic } from '../../../renderer/core/deck/deck'
import { overflowDiagnostics } from '../../../renderer/core/deck/overflow'
import { renderPrintDocument } from '../../../renderer/core/print/print-document'
import type { LoadedBriefing } from '../decks/load-decks'
import { codeHighlighter } from './code-highlighter'
import type { Printer } from './printer'
import { printRuntime } from './print-runtime'

/**
 * Measures every slide as an export prints it (the same page, the same layout script, in the same
 * browser) without printing: `build`'s overflow warnings are the export's.
 */
export async function measureSlides(source: Pick<LoadedBriefing, 'decks' | 'book' | 'theme'>, printer: Printer): Promise<Diagnostic[]> {
  const decks = source.decks.map((loaded) => loaded.deck)
  const { runtime } = printRuntime(source, decks)
  const plan = renderPrintDocument(decks, { layout: 'slides', size: '16:9', fragments: false, highlight: await codeHighlighter(decks) }, runtime)
  return overflowDiagnostics(decks, await printer.measure(plan.html))
}
