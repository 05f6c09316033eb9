import { removeInFlightTemps } from '../node/files/write-file-atomic'
import { EXIT_CODES, SIGNAL_ERRORS } from './exit-codes'

/**
 * While a command writes files, Ctrl+C or SIGTERM removes any half-written temporary file and
 * exits (E_INTERRUPTED or E_TERMINATED in the exit-code table); the output file itself is only ever
 * replaced whole. Returns the way to stop.
 */
export function cleanUpOnInterrupt(log: (line: string) => void): () => void {
  const handlers = (Object.keys(SIGNAL_ERRORS) as Array<keyof typeof SIGNAL_ERRORS>).map((signal) => {
    const handler = (): void => {
      removeInFlightTemps()
      log(`briefdeck: interrupted (${signal}); nothing was written`)
      process.exit(EXIT_CODES[SIGNAL_ERRORS[signal]])
    }
    process.once(signal, handler)
    return [signal, handler] as const
  })
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler)
  }
}
