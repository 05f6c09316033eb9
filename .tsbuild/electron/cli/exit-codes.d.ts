import type { ErrorCode } from '../../renderer/core/errors';
/**
 * The one table from failure to process exit code (BSD sysexits values, so scripts can tell them
 * apart; 128 + the signal number for signals, as shells report them). `electron/cli/bin.mjs` cannot
 * import it (it runs before the bundle exists) and repeats E_INTERNAL's 70; a test holds them equal.
 */
export declare const EXIT_CODES: Record<ErrorCode, number>;
/** The exit code of a stop by signal. */
export declare const SIGNAL_ERRORS: {
    readonly SIGINT: "E_INTERRUPTED";
    readonly SIGTERM: "E_TERMINATED";
};
