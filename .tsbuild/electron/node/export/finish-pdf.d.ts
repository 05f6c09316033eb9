import type { OutlineEntry } from '../../../renderer/core/print/print-document';
/** Document information Briefdeck writes into every PDF. */
export interface PdfInfo {
    title: string;
    author?: string;
    subject?: string;
    keywords?: string[];
    language?: string;
}
/**
 * Sets the PDF's metadata and adds bookmarks (the document outline) to what the browser printed.
 * Everything else Chromium wrote (text, fonts, tags for accessibility) is kept as it is.
 */
export declare function finishPdf(bytes: Uint8Array, info: PdfInfo, outline: readonly OutlineEntry[]): Promise<Uint8Array>;
type PdfLib = typeof import('pdf-lib');
/** Loads pdf-lib (a tenth of a second); the exporter calls this while the browser prints. */
export declare function loadPdfLib(): Promise<PdfLib>;
export {};
