import type { ErrorCode } from '../../renderer/core/errors'

/** The one table from failure to process exit code (BSD sysexits values, so scripts can tell them apart). */
export const EXIT_CODES: Record<ErrorCode, number> = {
  E_USAGE: 64,
  E_COMPILE: 65,
  E_NOT_TEXT: 65,
  E_INVALID: 65,
  E_NOT_FOUND: 66,
  E_IS_DIRECTORY: 66,
  E_UNREADABLE: 66,
  E_BROWSER: 69,
  E_INTERNAL: 70,
  E_WRITE: 73,
  E_CONFLICT: 75,
  E_FORBIDDEN: 77,
}
