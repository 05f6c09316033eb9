/**
 * The exporter's port for a browser engine. The CLI and browser mode pass a headless Chromium driven
 * by playwright-core; the desktop app passes one built on Electron's `webContents.printToPDF`.
 * Both load a print document (see `renderPrintDocument`) and wait for its `data-bd-ready` mark.
 */
export interface Printer {
    /** Starts the engine now, so it boots while decks compile; later calls find it ready. Optional. */
    prepare?(): void;
    /** Prints the document to PDF, its pages sized by its own `@page` rule. */
    pdf(html: string, options: {
        tagged: boolean;
    }): Promise<Uint8Array>;
    /** Renders each `.bd-page` of the document to a PNG, at the page's CSS pixel size. */
    png(html: string, page: {
        width: number;
        height: number;
    }): Promise<Uint8Array[]>;
    /** Releases the engine; the printer may not be used afterwards. */
    close(): Promise<void>;
}
