import { type Variant, isCutVariant } from '../../renderer/core/brief/variant'
/*
 * Browser mode: the app and its API over HTTP + WebSocket on 127.0.0.1.
 *
 * The handshake:
 *  1. `briefdeck serve` makes a random token and prints http://127.0.0.1:PORT/?token=TOKEN.
 *  2. The app's page (served to anyone: it holds no secret) reads the token from its address, keeps
 *     it in localStorage (its own origin only: another port is another origin) and removes it from
 *     the address bar.
 *  3. Every API call (POST /api/<channel>) sends the token in the X-Briefdeck-Token header, which no
 *     other site can make a browser send: no CSRF, and no cookie that a page on another port of
 *     127.0.0.1 would receive.
 *  4. The page opens a WebSocket on /api/events offering the token as a subprotocol (and from an
 *     Origin of this server), and receives every event of the folder as {"event", "payload"} JSON.
 *  5. Deck files and exports are at /files/<key>/… and /exports/<key>/…: <img> and download links
 *     cannot send headers, so the URL holds a second random key, given out only in API replies.
 * Any request whose Host header is not one of this server's names is refused (DNS rebinding).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { WebSocketServer } from 'ws'
import { HTTP_WIRE } from '../../renderer/core/api/contract'
import { toReply } from '../../renderer/core/api/to-reply'
import { validateRequest } from '../../renderer/core/api/validate-request'
import { BriefdeckError } from '../../renderer/core/errors'
import { contentSecurityPolicy } from '../../renderer/core/html/csp'
import { createChromiumPrinter } from '../node/export/chromium-printer'
import type { Printer } from '../node/export/printer'
import { paths } from '../node/files/app-paths'
import { mimeTypeOf } from '../node/files/mime'
import { type Workspace, createWorkspace } from '../node/workspace/workspace'
import { decodePath, readJson, send, serveFile } from './http-io'
import { type ServerAccess, allowedHosts, createServerAccess, printedAddresses } from './server-access'

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
  /** Where the app's own state (rehearsals) is kept (default: the workspace's, under $XDG_STATE_HOME). */
  stateDir?: string
  /** The cut every view and export shows (`--audience`); default the whole deck. */
  variant?: Variant
}

export interface RunningServer {
  /** The address to open on this computer, with its token. */
  url: string
  /** Every address to print: on a LAN, the ones phones and tablets can open first. */
  urls: string[]
  port: number
  token: string
  workspace: Workspace
  close(): Promise<void>
}

const APP_DIR = join(paths.dist, 'app')

/** Starts browser mode; resolves once it listens. A taken port fails with a suggestion of a free one. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const access = createServerAccess(options.token)
  const exportDir = await mkdtemp(join(tmpdir(), 'briefdeck-exports-'))
  const printer = options.printer ?? createChromiumPrinter()
  const workspace = createWorkspace({
    folder: options.folder,
    printer,
    recoveryDir: options.recoveryDir,
    stateDir: options.stateDir,
    variant: options.variant,
    fileUrl: (path) => `/files/${access.fileKey}/${path.split('/').map(encodeURIComponent).join('/')}`,
    exportTarget: async (name, layout) => {
      const file = `${name}-${layout}-${Date.now().toString(36)}.pdf`
      return { file: join(exportDir, file), location: `/exports/${access.fileKey}/${encodeURIComponent(file)}` }
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
  const handle = requestHandler({ access, names, workspace, folder: options.folder, exportDir, sourcesHidden: options.variant !== undefined && isCutVariant(options.variant) })
  const sockets = attachEvents(server, { access, names, workspace })
  const urls = printedAddresses(options.host, port, access.token)
  return {
    url: urls[urls.length - 1], urls, port, token: access.token, workspace,
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

interface Served {
  access: ServerAccess
  names: string[]
  workspace: Workspace
  folder: string
  exportDir: string
  /** A cut is presented: deck sources (which hold what was cut) are not served as files. */
  sourcesHidden: boolean
}

function requestHandler({ access, names, workspace, folder, exportDir, sourcesHidden }: Served) {
  // 'self' covers this server's own WebSocket (CSP3); IPv6 literals are not valid CSP sources.
  const csp = contentSecurityPolicy({ scripts: 'self', connect: "'self'", frameable: false, workers: "'self'" })
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    response.setHeader('X-Content-Type-Options', 'nosniff')
    response.setHeader('Referrer-Policy', 'no-referrer')
    response.setHeader('Cross-Origin-Resource-Policy', 'same-origin')
    // DNS rebinding: a page on evil.example resolved to 127.0.0.1 still sends Host: evil.example.
    if (!names.includes(request.headers.host ?? '')) return send(response, 403, 'text/plain', 'forbidden: unknown Host')
    const url = new URL(request.url ?? '/', 'http://briefdeck.invalid')
    const path = decodePath(url.pathname)
    if (path === null) return send(response, 400, 'text/plain', 'bad path')
    if (request.method === 'POST' && path.startsWith('/api/')) {
      // The token header: the one credential, which no other site or port can make the browser send.
      if (!access.isApiAllowed(request)) return send(response, 403, 'application/json', JSON.stringify({ ok: false, error: { code: 'E_FORBIDDEN', message: 'missing or wrong token: open the address briefdeck serve printed' } }))
      const reply = await toReply(async () => {
        const { channel, request: valid } = validateRequest(path.slice('/api/'.length), await readJson(request))
        return (workspace.handlers[channel] as (r: unknown) => Promise<unknown>)(valid)
      })
      response.setHeader('Cache-Control', 'no-store')
      return send(response, 200, 'application/json', JSON.stringify(reply))
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'method not allowed')
    if (path === '/' || path === '/index.html') {
      response.setHeader('Content-Security-Policy', csp)
      response.setHeader('Cache-Control', 'no-store')
      const html = await readFile(join(APP_DIR, 'index.html'), 'utf8').catch(() => null)
      if (html === null) return send(response, 500, 'text/plain', 'the app is not built: run `npm run build`')
      return send(response, 200, 'text/html; charset=utf-8', html)
    }
    if (path.startsWith('/app/')) return serveFile(response, APP_DIR, path.slice('/app/'.length), mimeTypeOf)
    const [, area, key, rest] = /^\/(files|exports)\/([^/]*)\/(.*)$/.exec(path) ?? []
    // Deck files and exports: only under this server's file key (the page learns it from API replies).
    if (area === undefined || !access.isSameSecret(key, access.fileKey)) return send(response, 404, 'text/plain', 'not found')
    if (area === 'files') {
      // A cut for one audience serves its pictures and media only: a deck's source holds what was cut.
      if (sourcesHidden && !/^(image|video|audio|font)\//.test(mimeTypeOf(rest))) return send(response, 404, 'text/plain', 'not found')
      response.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
      return serveFile(response, folder, rest, mimeTypeOf)
    }
    response.setHeader('Content-Disposition', 'attachment')
    return serveFile(response, exportDir, rest, () => 'application/pdf')
  }
}

/** Events on one WebSocket per page: a known Host, an Origin of this server, and the token as a subprotocol. */
function attachEvents(server: Server, { access, names, workspace }: Omit<Served, 'folder' | 'exportDir' | 'sourcesHidden'>): WebSocketServer {
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: 1024,
    // The token rides in Sec-WebSocket-Protocol (a page cannot set other headers on a WebSocket); the answer names only ours.
    handleProtocols: (protocols) => (protocols.has(HTTP_WIRE.eventsProtocol) ? HTTP_WIRE.eventsProtocol : false),
  })
  server.on('upgrade', (request, socket, head) => {
    const origin = request.headers.origin ?? ''
    const ok = names.includes(request.headers.host ?? '') && names.some((name) => origin === `http://${name}`) &&
      request.url?.split('?')[0] === HTTP_WIRE.eventsPath && access.isSocketAllowed(request)
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
  return sockets
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
