import { toBriefdeckError } from '../errors'
import type { Reply } from './contract'

/** Runs a handler and turns its result, or whatever it throws, into a Reply for the other side. */
export async function toReply<T>(run: () => T | Promise<T>): Promise<Reply<T>> {
  try {
    return { ok: true, value: await run() }
  } catch (thrown) {
    const error = toBriefdeckError(thrown)
    return { ok: false, error: { code: error.code, message: error.message } }
  }
}
