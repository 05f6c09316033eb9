import type { Printer } from '../../electron/node/export/printer';
/**
 * A Printer for unit tests of the exporter's own logic (what it sends to print, what it writes): it
 * keeps each print document and answers with a blank PDF of as many pages as the document lays out.
 * What a real browser prints is tested end to end with Chromium (tests/e2e/export.test.ts).
 */
export declare function recordingPrinter(): Printer & {
    documents: string[];
    prepared: number;
};
