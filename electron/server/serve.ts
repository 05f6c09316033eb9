/*
 * Browser mode: the app and its API over HTTP + WebSocket on 127.0.0.1.
 *
 * The handshake, Jupyter-style:
 *  1. `briefdeck serve` makes a random token and prints http://127.0.0.1:PORT/?token=TOKEN.
 *  2. GET /?token=TOKEN sets the token as an HttpOnly, SameSite=Strict cookie and redirects to /,
 *     so the token leaves the address bar and history.
 *  3. Every later request must carry that cookie. API calls (POST /api/<channel>) must also send
 *     the token in the X-Briefdeck-Token header, which another site cannot set: no CSRF.
 *  4. The page opens a WebSocket on /api/events (cookie, and an Origin of this server) and receives
 *     every event of the folder as {"event", "payload"} JSON.
 * Any request whose Host header is not this server's own name is refused (DNS rebinding).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { WebSocketServer } from 'ws'
import { toReply } from '../../renderer/core/api/to-reply'
import { validateRequest } from '../../renderer/core/api/validate-request'
import { BriefdeckError } from '../../renderer/core/errors'
import { contentSecurityPolicy } from '../../renderer/core/html/csp'
import { paths } from '../node/files/app-paths'
import { createChromiumPrinter } from '../node/export/chromium-printer'
import { confine } from '../node/files/confine-path'
import { mimeTypeOf } from '../node/files/mime'
import type { Printer } from '../node/export/printer'
import { type Workspace, createWorkspace } from '../node/workspace/workspace'

export interface ServeOptions {
  folder: string
  /** 0 picks a free port. */
  port: number
  /** 127.0.0.1 unless the presenter opts in to other devices. */
  host: string
  token?: string
  printer?: Printer
  /** Where unsaved editor text is kept (default: the workspace's, under $XDG_CACHE_HOME). */
  recoveryDir?: string
}

export interface RunningServer {
  url: string
  port: number
  token: string
  workspace: Workspace
  close(): Promise<void>
}

const COOKIE = 'bd_token'
const MAX_BODY = 40 * 1024 * 1024
const APP_DIR = join(paths.dist, 'app')

/** Starts browser mode; resolves once it listens. A taken port fails with a suggestion of a free one. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('hex')
  const exportDir = await mkdtemp(join(tmpdir(), 'briefdeck-exports-'))
  const printer = options.printer ?? createChromiumPrinter()
  const workspace = createWorkspace({
    folder: options.folder,
    printer,
    recoveryDir: options.recoveryDir,
    fileUrl: (path) => `/files/${path.split('/').map(encodeURIComponent).join('/')}`,
    exportTarget: async (name, layout) => {
      const file = `${name}-${layout}-${Date.now().toString(36)}.pdf`
      return { file: join(exportDir, file), location: `/exports/${encodeURIComponent(file)}` }
    },
  })

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      if (!response.headersSent) send(response, 500, 'text/plain', `internal error: ${(error as Error).message}`)
      else response.destroy()
    })
  })
  let port: number
  try {
    port = await listen(server, options.port, options.host)
  } catch (error) {
    // Release what was started, so a failed start leaves no watcher or folder behind.
    await workspace.close()
    await rm(exportDir, { recursive: true, force: true })
    throw error
  }
  const names = allowedHosts(options.host, port)
  // 'self' covers this server's own WebSocket (CSP3); IPv6 literals are not valid CSP sources.
  const csp = contentSecurityPolicy({ scripts: 'self', connect: "'self'", frameable: false })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    response.setHeader('X-Content-Type-Options', 'nosniff')
    response.setHeader('Referrer-Policy', 'no-referrer')
    response.setHeader('Cross-Origin-Resource-Policy', 'same-origin')
    // DNS rebinding: a page on evil.example resolved to 127.0.0.1 still sends Host: evil.example.
    if (!names.includes(request.headers.host ?? '')) return send(response, 403, 'text/plain', 'forbidden: unknown Host')
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`)
    const path = decodeURIComponentSafe(url.pathname)
    if (path === null) return send(response, 400, 'text/plain', 'bad path')

    if (request.method === 'GET' && path === '/' && url.searchParams.has('token')) {
      if (!same(url.searchParams.get('token') ?? '', token)) return send(response, 403, 'text/plain', 'forbidden: wrong token')
      response.setHeader('Set-Cookie', `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`)
      response.writeHead(303, { Location: `/${url.hash}` })
      return void response.end()
    }
    if (!same(cookieToken(request) ?? '', token)) {
      return send(response, 401, 'text/html; charset=utf-8', '<!doctype html><title>Briefdeck</title><p>Open Briefdeck with the address <code>briefdeck serve</code> printed, including its <code>?token=</code>.</p>')
    }

    if (request.method === 'POST' && path.startsWith('/api/')) {
      if (!same(String(request.headers['x-briefdeck-token'] ?? ''), token)) return send(response, 403, 'application/json', JSON.stringify({ ok: false, error: { code: 'E_FORBIDDEN', message: 'missing token header' } }))
      const reply = await toReply(async () => {
        const body = await readJson(request)
        const { channel, request: valid } = validateRequest(path.slice('/api/'.length), body)
        return (workspace.handlers[channel] as (r: unknown) => Promise<unknown>)(valid)
      })
      response.setHeader('Cache-Control', 'no-store')
      return send(response, 200, 'application/json', JSON.stringify(reply))
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'method not allowed')

    if (path === '/' || path === '/index.html') {
      response.setHeader('Content-Security-Policy', csp)
      const html = await readFile(join(APP_DIR, 'index.html'), 'utf8').catch(() => null)
      if (html === null) return send(response, 500, 'text/plain', 'the app is not built: run `npm run build`')
      return send(response, 200, 'text/html; charset=utf-8', html.replace('%TOKEN%', token))
    }
    if (path.startsWith('/app/')) return serveFile(response, APP_DIR, path.slice('/app/'.length), mimeTypeOf)
    if (path.startsWith('/files/')) {
      response.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
      return serveFile(response, options.folder, path.slice('/files/'.length), mimeTypeOf)
    }
    if (path.startsWith('/exports/')) {
      response.setHeader('Content-Disposition', 'attachment')
      return serveFile(response, exportDir, path.slice('/exports/'.length), () => 'application/pdf')
    }
    return send(response, 404, 'text/plain', 'not found')
  }

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 })
  server.on('upgrade', (request, socket, head) => {
    const origin = request.headers.origin ?? ''
    const ok = names.includes(request.headers.host ?? '') && names.some((n) => origin === `http://${n}`) &&
      request.url?.split('?')[0] === '/api/events' && same(cookieToken(request) ?? '', token)
    if (!ok) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      const stop = workspace.subscribe((event, payload) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ event, payload }))
      })
      ws.on('close', stop)
      ws.on('error', stop)
    })
  })

  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}/?token=${token}`
  return {
    url, port, token, workspace,
    async close() {
      for (const client of sockets.clients) client.terminate()
      sockets.close()
      await workspace.close()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections?.()
      if (!options.printer) await printer.close()
      await rm(exportDir, { recursive: true, force: true })
    },
  }
}

/** Serves a file inside `root`, refusing anything that resolves outside it (`..`, absolute paths, symlinks). */
async function serveFile(response: ServerResponse, root: string, relativePath: string, type: (file: string) => string): Promise<void> {
  if (relativePath.includes('\0') || relativePath.split('/').some((part) => part === '..') || /^([a-zA-Z]:|[\\/])/.test(relativePath)) {
    return send(response, 403, 'text/plain', 'forbidden')
  }
  const found = await confine(root, relativePath)
  if (!found.ok) return found.reason === 'outside' ? send(response, 403, 'text/plain', 'forbidden') : send(response, 404, 'text/plain', 'not found')
  const file = found.file
  const info = await stat(file).catch(() => null)
  if (!info?.isFile()) return send(response, 404, 'text/plain', 'not found')
  response.writeHead(200, { 'Content-Type': type(file), 'Content-Length': info.size, 'Cache-Control': 'no-cache' })
  createReadStream(file).pipe(response)
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) })
  response.end(body)
}

function same(given: string, token: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

function cookieToken(request: IncomingMessage): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === COOKIE) return value.join('=')
  }
  return undefined
}

function decodeURIComponentSafe(path: string): string | null {
  try {
    return decodeURIComponent(path)
  } catch {
    return null
  }
}

async function readJson(request: IncomingMessage): Promise<unknown> {
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

function allowedHosts(host: string, port: number): string[] {
  const local = ['127.0.0.1', 'localhost', '[::1]']
  const own = host.includes(':') ? `[${host}]` : host
  return [...new Set([...local, own])].map((name) => `${name}:${port}`)
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') {
        const why = error.code === 'EACCES' ? 'permission denied (ports below 1024 need administrator rights)' : error.code === 'EADDRNOTAVAIL' ? 'not an address of this machine' : error.message
        return reject(new BriefdeckError('E_LISTEN', `cannot listen on ${host}:${port}: ${why}`))
      }
      const free = await freePort(host, port + 1)
      reject(new BriefdeckError('E_PORT_TAKEN', `port ${port} is in use; try --port ${free} (or --port 0 for any free port)`))
    })
    server.listen(port, host, () => {
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : port)
    })
  })
}

async function freePort(host: string, from: number): Promise<number> {
  for (let port = from; port < from + 50 && port < 65536; port++) {
    const ok = await new Promise<boolean>((resolve) => {
      const probe = createServer()
      probe.once('error', () => resolve(false))
      probe.listen(port, host, () => probe.close(() => resolve(true)))
    })
    if (ok) return port
  }
  return 0
}
