import type { ErrorCode } from '../../renderer/core/errors'

/**
 * The one table from failure to process exit code (BSD sysexits values, so scripts can tell them
 * apart; 128 + the signal number for signals, as shells report them). `electron/cli/bin.mjs` cannot
 * import it (it runs before the bundle exists) and repeats E_INTERNAL's 70; a test holds them equal.
 */
export const EXIT_CODES: Record<ErrorCode, number> = {
  E_USAGE: 64,
  E_COMPILE: 65,
  E_NOT_TEXT: 65,
  E_INVALID: 65,
  E_NOT_FOUND: 66,
  E_IS_DIRECTORY: 66,
  E_UNREADABLE: 66,
  E_BROWSER: 69,
  E_UNAVAILABLE: 69,
  E_INTERNAL: 70,
  E_LISTEN: 71,
  E_WRITE: 73,
  E_CONFLICT: 75,
  E_PORT_TAKEN: 75,
  E_FORBIDDEN: 77,
  E_CANCELLED: 130,
  E_INTERRUPTED: 130,
  E_TERMINATED: 143,
}

/** The exit code of a stop by signal. */
export const SIGNAL_ERRORS = { SIGINT: 'E_INTERRUPTED', SIGTERM: 'E_TERMINATED' } as const satisfies Record<string, ErrorCode>
