import { BrowserWindow, type WebContents } from 'electron';
import { type Bounds } from './window-placement';
/**
 * Locks down a page: no navigation away from the app, no new windows (a safe http(s) link opens in
 * the system browser instead), no <webview>.
 */
export declare function hardenContents(contents: WebContents): void;
/** The main window (library), at its remembered place if that is still on a screen. */
export declare function createMainWindow(saved: (Bounds & {
    maximized?: boolean;
}) | undefined): BrowserWindow;
/** The presentation's two windows; `swap` moves each to the other's display. */
export declare class Presentation {
    readonly path: string;
    private audience;
    private presenter;
    private swapped;
    constructor(path: string);
    open(view: 'present' | 'presenter' | 'both'): void;
    swap(): void;
    close(): void;
}
