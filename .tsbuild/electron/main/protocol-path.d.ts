/** The custom scheme the desktop app loads everything from, instead of file://. */
export declare const APP_SCHEME = "briefdeck";
/** What a briefdeck:// URL points at: the app's own files, or a file of the open folder. */
export type ProtocolTarget = {
    root: 'app' | 'files';
    path: string;
} | null;
/**
 * Reads a `briefdeck://app/...` or `briefdeck://files/...` URL into a root and a relative path,
 * refusing anything that could leave that root (`..`, absolute paths, NUL, backslashes). The caller
 * still checks the real path, which settles symlinks.
 */
export declare function toProtocolTarget(raw: string): ProtocolTarget;
/** The app's own origin: only pages from here may use the IPC bridge. */
export declare const APP_ORIGIN = "briefdeck://app";
/** Whether an IPC message comes from one of our own pages (not a frame or page from elsewhere). */
export declare function isTrustedSender(frameUrl: string | undefined): boolean;
