/** Codes of real failures (not Markdown problems, which are diagnostics). The CLI maps each to an exit code. */
export type ErrorCode = 
/** A command line that makes no sense (unknown option, missing argument, options that exclude each other). */
'E_USAGE' | 'E_NOT_FOUND' | 'E_IS_DIRECTORY' | 'E_NOT_TEXT' | 'E_UNREADABLE'
/** The deck has errors (diagnostics of severity `error`). */
 | 'E_COMPILE' | 'E_WRITE'
/** No usable Chromium, or it failed or crashed. */
 | 'E_BROWSER'
/** A program Briefdeck needs is not installed (the desktop app's Electron binary). */
 | 'E_UNAVAILABLE' | 'E_FORBIDDEN' | 'E_INVALID'
/** A save would overwrite a version of the file the editor never saw. */
 | 'E_CONFLICT'
/** `serve`: the port is in use by another program. */
 | 'E_PORT_TAKEN'
/** `serve`: the address cannot be listened on (no permission for the port, an address not of this machine). */
 | 'E_LISTEN'
/** The user cancelled (a save dialog closed without a file). */
 | 'E_CANCELLED'
/** Stopped by Ctrl+C (SIGINT) or by SIGTERM. */
 | 'E_INTERRUPTED' | 'E_TERMINATED' | 'E_INTERNAL';
/** A failure with a stable code; thrown inside a process, turned into a Reply at its boundary. */
export declare class BriefdeckError extends Error {
    readonly code: ErrorCode;
    constructor(code: ErrorCode, message: string, options?: {
        cause?: unknown;
    });
}
/** Wraps anything thrown into a BriefdeckError, keeping the original as the cause. */
export declare function toBriefdeckError(error: unknown): BriefdeckError;
