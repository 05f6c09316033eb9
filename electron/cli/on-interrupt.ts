import { removeInFlightTemps } from '../node/files/write-file-atomic'

/**
 * While a command writes files, Ctrl+C or SIGTERM removes any half-written temporary file and
 * exits (130 or 143); the output file itself is only ever replaced whole. Returns the way to stop.
 */
export function cleanUpOnInterrupt(log: (line: string) => void): () => void {
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
    const handler = (): void => {
      removeInFlightTemps()
      log(`briefdeck: interrupted (${signal}); nothing was written`)
      process.exit(signal === 'SIGINT' ? 130 : 143)
    }
    process.once(signal, handler)
    return [signal, handler] as const
  })
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler)
  }
}
