import type { Browser } from 'playwright-core';
/** Launches the Chromium `findChromium` finds, headless and offline-quiet. */
export declare function launchChromium(): Promise<Browser>;
