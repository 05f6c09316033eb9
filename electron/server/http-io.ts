import type { IncomingMessage, ServerResponse } from 'node:http'
import { BriefdeckError } from '../../renderer/core/errors'
import { openConfined } from '../node/files/confine-path'

/** Largest API request body (a deck's text, or an image pasted into the editor). */
const MAX_BODY = 40 * 1024 * 1024

export function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) })
  response.end(body)
}

/** Serves a file inside `root`, refusing anything that resolves outside it (`..`, absolute paths, symlinks). */
export async function serveFile(response: ServerResponse, root: string, relativePath: string, type: (file: string) => string): Promise<void> {
  if (relativePath.includes('\0') || relativePath.split('/').some((part) => part === '..') || /^([a-zA-Z]:|[\\/])/.test(relativePath)) {
    return send(response, 403, 'text/plain', 'forbidden')
  }
  // Opened, then checked on the open file: a file replaced or removed meanwhile is a 404, a folder
  // swapped for a symlink out is a 403, and neither can take the server down or leak a file.
  const found = await openConfined(root, relativePath)
  if (!found.ok) return found.reason === 'outside' ? send(response, 403, 'text/plain', 'forbidden') : send(response, 404, 'text/plain', 'not found')
  response.writeHead(200, { 'Content-Type': type(found.file), 'Content-Length': found.size, 'Cache-Control': 'no-cache' })
  if (found.size === 0) {
    await found.handle.close()
    response.end()
    return
  }
  const stream = found.handle.createReadStream({ end: found.size - 1 })
  // A read that fails midway (a file truncated while served) ends this response, never the server.
  stream.on('error', () => response.destroy())
  response.on('close', () => stream.destroy())
  stream.pipe(response)
}

/** The JSON body of an API request, refusing anything else or anything too large. */
export async function readJson(request: IncomingMessage): Promise<unknown> {
  if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) throw new BriefdeckError('E_INVALID', 'requests must be application/json')
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY) throw new BriefdeckError('E_INVALID', 'request too large')
    chunks.push(chunk as Buffer)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw new BriefdeckError('E_INVALID', 'request body is not JSON')
  }
}

export function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path)
  } catch {
    return null
  }
}
