import { type PdfLayout, type PdfSize } from '../../../renderer/core/api/contract';
import { type Diagnostic } from '../../../renderer/core/deck/deck';
import type { Printer } from './printer';
/** What to export. A folder is a briefing book: its `*.md` decks in file-name order. */
export interface ExportRequest {
    input: string;
    output: string;
    layout: PdfLayout;
    /** Default: 16:9 for slides, A4 for handouts. */
    size?: PdfSize;
    fragments: boolean;
    format: 'pdf' | 'png';
}
/** What an export made, for the `--json` summary and the app's "Show in folder". */
export interface ExportReport {
    outputs: string[];
    pages: number;
    bytes: number;
    seconds: number;
    decks: number;
    slides: number;
    diagnostics: Diagnostic[];
}
/** The export's stage as the UI's `export.progressed` event reports it. */
export declare function toProgressEvent(event: ExportProgress): {
    stage: 'compile' | 'print' | 'write';
    done: number;
    total: number;
};
/** Progress of an export, for a progress bar. */
export type ExportProgress = {
    phase: 'compile';
    deck: string;
    done: number;
    total: number;
    slides: number;
} | {
    phase: 'print';
    pages: number;
} | {
    phase: 'write';
    output: string;
};
export interface ExportPorts {
    printer: Printer;
    /** Writes a finished file atomically: a failed or interrupted export never leaves half a file. */
    write(path: string, bytes: Uint8Array): Promise<void>;
    progress?(event: ExportProgress): void;
}
/**
 * Exports a deck or a folder of decks to one PDF (or PNG pages): compile every deck, lay out every
 * page in one print document, print it once, then add metadata and bookmarks and write atomically.
 */
export declare function exportBriefing(request: ExportRequest, ports: ExportPorts): Promise<ExportReport>;
/** `-o out.png` → out-01.png, out-02.png…; `-o folder` → folder/page-01.png… */
export declare function pngName(output: string, index: number, count: number): string;
