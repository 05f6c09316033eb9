import type { Printer } from '../node/export/printer';
/** The desktop app's Printer: a hidden, sandboxed window and `webContents.printToPDF`. */
export declare function createElectronPrinter(): Printer;
