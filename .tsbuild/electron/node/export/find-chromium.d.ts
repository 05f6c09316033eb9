/** Where a Chromium was found, and how, for messages. */
export interface ChromiumLocation {
    path: string;
    source: 'BRIEFDECK_CHROMIUM' | 'CHROME_PATH' | 'electron' | 'system';
    /** Electron's binary must be run as a browser with ELECTRON_RUN_AS_NODE unset; it is Chromium. */
    isElectron: boolean;
}
/**
 * Finds a Chromium to print with, in this order: $BRIEFDECK_CHROMIUM, $CHROME_PATH, an installed
 * Electron, then the system's Chrome, Chromium or Edge. Throws one line saying how to fix it.
 */
export declare function findChromium(env?: NodeJS.ProcessEnv): ChromiumLocation;
/** Flags for a headless Chromium that must not touch the network by itself. */
export declare function chromiumArgs(): string[];
