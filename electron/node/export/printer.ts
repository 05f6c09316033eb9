import type { PhaseTrace } from '../trace/phase-trace'

/**
 * The exporter's port for a browser engine. The CLI and browser mode pass a headless Chromium driven
 * over its debugging pipe; the desktop app passes one built on Electron's `webContents.printToPDF`.
 * Both load a print document (see `renderPrintDocument`) and wait for its `data-bd-ready` mark.
 */
/** A printed document and its own measurements (see renderer/page/print-fit.ts). */
export interface Printed {
  pdf: Uint8Array
  measured: string
}

export interface PdfOptions {
  /** Chromium's tagged PDF: the structure tree screen readers read. */
  tagged: boolean
  /** Times the page load and the print, as `label` (a slice: "2/4"). */
  trace?: PhaseTrace
  label?: string
}

export interface Printer {
  /** Starts the engine now, so it boots while decks compile; later calls find it ready. Optional. */
  prepare?(): void
  /**
   * Prints the document to PDF, its pages sized by its own `@page` rule, and returns with it what
   * the document's layout script measured (its `data-bd-measured`, '' when none).
   */
  pdf(html: string, options: PdfOptions): Promise<Printed>
  /** Lays the document out without printing, and returns what it measured (`build` checks slides so). */
  measure(html: string): Promise<string>
  /** Renders each `.bd-page` of the document to a PNG, at the page's CSS pixel size. */
  png(html: string, page: { width: number; height: number }): Promise<Uint8Array[]>
  /** Releases the engine; the printer may not be used afterwards. */
  close(): Promise<void>
}
