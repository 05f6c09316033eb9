import type { Browser, Page } from 'playwright-core';
export declare const ROOT: string;
export declare const BIN: string;
/** Runs the real `briefdeck` command (the bundled CLI, as `npx briefdeck` does). */
export declare function briefdeck(args: string[], cwd?: string): string;
/** The real Chromium the product itself would use. */
export declare function startBrowser(): Promise<Browser>;
/** What a page did that a deck must never do: reach off the machine, log errors, open dialogs. */
export interface PageWatch {
    offline: string[];
    errors: string[];
    dialogs: string[];
}
/**
 * Records every request that is not `data:`, `blob:` or a local address (file: or 127.0.0.1), every
 * console error and page error, and every alert/confirm/prompt.
 */
export declare function watchPage(page: Page): PageWatch;
/** Opens a built deck and waits until reveal.js says it is ready. */
export declare function openDeck(page: Page, url: string): Promise<void>;
