/** Codes of real failures (not Markdown problems, which are diagnostics). The CLI maps each to an exit code. */
export type ErrorCode =
  | 'E_USAGE'
  | 'E_NOT_FOUND'
  | 'E_IS_DIRECTORY'
  | 'E_NOT_TEXT'
  | 'E_UNREADABLE'
  | 'E_COMPILE'
  | 'E_WRITE'
  | 'E_BROWSER'
  | 'E_FORBIDDEN'
  | 'E_INVALID'
  | 'E_CONFLICT'
  | 'E_INTERNAL'

/** A failure with a stable code; thrown inside a process, turned into a Reply at its boundary. */
export class BriefdeckError extends Error {
  readonly code: ErrorCode
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'BriefdeckError'
    this.code = code
  }
}

/** Wraps anything thrown into a BriefdeckError, keeping the original as the cause. */
export function toBriefdeckError(error: unknown): BriefdeckError {
  if (error instanceof BriefdeckError) return error
  const message = error instanceof Error ? error.message : String(error)
  return new BriefdeckError('E_INTERNAL', message, { cause: error })
}
