import type { Browser } from 'playwright-core';
import type { Printer } from './printer';
/**
 * A Printer on a headless Chromium. The browser starts on first use and is kept for later calls,
 * so a book, or every export of a running server, pays for one launch.
 */
export declare function createChromiumPrinter(launch?: () => Promise<Browser>): Printer;
