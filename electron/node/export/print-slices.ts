import { createHash } from 'node:crypto'
import type { PrintPlan } from '../../../renderer/core/print/print-document'
import type { PhaseTrace } from '../trace/phase-trace'
import type { PrintedPart } from './finish-pdf'
import type { Printed, Printer } from './printer'
import { planSlices, slicePages } from './slice-plan'

/**
 * Slices printed before, by their document: a running server or app keeps one, so an export after
 * an edit prints only the slices whose pages changed. The same document prints the same PDF.
 */
export interface PrintedCache {
  get(key: string): Printed | undefined
  set(key: string, printed: Printed): void
}

/** A PrintedCache that forgets the oldest slices beyond `maxBytes` of PDF. */
export function createPrintedCache(maxBytes = 256 * 1024 * 1024): PrintedCache & { size(): number } {
  const entries = new Map<string, Printed>()
  let bytes = 0
  return {
    get(key) {
      const found = entries.get(key)
      if (found) {
        // Most recently used last: the oldest go first.
        entries.delete(key)
        entries.set(key, found)
      }
      return found
    },
    set(key, printed) {
      if (entries.has(key)) return
      entries.set(key, printed)
      bytes += printed.pdf.length
      for (const [oldest, value] of entries) {
        if (bytes <= maxBytes) break
        entries.delete(oldest)
        bytes -= value.pdf.length
      }
    },
    size: () => entries.size,
  }
}

/** What the slices printed: each slice's PDF in order, and every slice's measurements as one list. */
export interface PrintedSlices {
  parts: PrintedPart[]
  measured: string
  /** How many slices were printed now (the others came from the cache). */
  printed: number
}

/**
 * Prints a document in slices side by side (the printer prints as many at once as the machine has
 * cores), or takes a slice printed before from the cache.
 */
export async function printSlices(plan: Pick<PrintPlan, 'pages' | 'documentOf'>, printer: Printer, options: { trace?: PhaseTrace; cache?: PrintedCache; slicePages?: number }): Promise<PrintedSlices> {
  const slices = planSlices(plan, options.slicePages ?? slicePages(process.env, options.cache !== undefined))
  let printedNow = 0
  const results = await Promise.all(slices.map(async (slice, i) => {
    const key = options.cache ? createHash('sha256').update(slice.html).digest('base64') : ''
    const known = options.cache?.get(key)
    if (known) return known
    printedNow++
    const label = slices.length > 1 ? `${i + 1}/${slices.length}` : undefined
    const printed = await printer.pdf(slice.html, { tagged: true, trace: options.trace, label })
    options.cache?.set(key, printed)
    return printed
  }))
  return {
    parts: results.map((result, i) => ({ pdf: result.pdf, stubs: slices[i].stubs })),
    measured: JSON.stringify(results.flatMap((result) => (result.measured ? JSON.parse(result.measured) as unknown[] : []))),
    printed: printedNow,
  }
}
