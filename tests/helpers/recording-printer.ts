import { PDFDocument } from 'pdf-lib'
import type { Printer } from '../../electron/node/export/printer'

/**
 * A Printer for unit tests of the exporter's own logic (what it sends to print, what it writes): it
 * keeps each print document and answers with a blank PDF of as many pages as the document lays out.
 * What a real browser prints is tested end to end with Chromium (tests/e2e/export.test.ts).
 */
export function recordingPrinter(): Printer & { documents: string[]; prepared: number } {
  const documents: string[] = []
  const printer = {
    documents,
    prepared: 0,
    prepare() {
      printer.prepared++
    },
    async pdf(html: string) {
      documents.push(html)
      const doc = await PDFDocument.create()
      for (const _ of html.matchAll(/<div class="bd-page[ "]/g)) doc.addPage([960, 540])
      return { pdf: await doc.save(), measured: '' }
    },
    async measure(html: string) {
      documents.push(html)
      return ''
    },
    async png(html: string) {
      documents.push(html)
      return []
    },
    async close() {},
  }
  return printer
}
