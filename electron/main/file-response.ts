import type { FileHandle } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { parseByteRange } from './byte-range'

/**
 * A file opened by openConfined as a protocol response, streamed rather than read whole, and
 * honouring `Range` (206) so a deck's video can seek without the app holding the whole file in
 * memory. The handle is the response's: closed when its body ends, or at once when it has none.
 */
export async function fileResponse(request: Pick<Request, 'method' | 'headers'>, opened: { handle: FileHandle; size: number }, headers: Record<string, string>): Promise<Response> {
  const { handle, size } = opened
  const range = parseByteRange(request.headers.get('range'), size)
  const base = { ...headers, 'Accept-Ranges': 'bytes' }
  if (range.kind === 'unsatisfiable') {
    await handle.close()
    return new Response(null, { status: 416, headers: { ...base, 'Content-Range': `bytes */${size}` } })
  }
  const [start, end] = range.kind === 'part' ? [range.start, range.end] : [0, size - 1]
  const bodiless = request.method === 'HEAD' || size === 0
  if (bodiless) await handle.close()
  const body = bodiless ? null : (Readable.toWeb(handle.createReadStream({ start, end })) as ReadableStream<Uint8Array>)
  if (range.kind === 'whole') return new Response(body, { status: 200, headers: { ...base, 'Content-Length': String(size) } })
  return new Response(body, { status: 206, headers: { ...base, 'Content-Length': String(end - start + 1), 'Content-Range': `bytes ${start}-${end}/${size}` } })
}
