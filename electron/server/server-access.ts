import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { hostname, networkInterfaces } from 'node:os'
import { HTTP_WIRE } from '../../renderer/core/api/contract'

/**
 * Who may use a running `briefdeck serve`, and by which names it may be reached.
 *
 * The credential is a random token the page keeps in its own origin's localStorage and sends in a
 * header (API calls) or as a WebSocket subprotocol (events). Unlike a cookie, no page of another
 * origin (another port of 127.0.0.1 included) can make the browser send it; nothing else on the
 * machine can read it. Deck files and exports are fetched by <img> and download links, which
 * cannot carry headers: their URLs hold a second random key instead, handed out only in API replies.
 */
export interface ServerAccess {
  token: string
  /** The capability in `/files/<key>/…` and `/exports/<key>/…` URLs. */
  fileKey: string
  /** Whether a request's token (header) is this server's. */
  isApiAllowed(request: IncomingMessage): boolean
  /** Whether a WebSocket upgrade offers this server's token as a subprotocol. */
  isSocketAllowed(request: IncomingMessage): boolean
  isSameSecret(given: string, secret: string): boolean
}


export function createServerAccess(token = randomBytes(24).toString('hex')): ServerAccess {
  const fileKey = randomBytes(18).toString('hex')
  const isSameSecret = (given: string, secret: string): boolean => {
    const a = Buffer.from(given)
    const b = Buffer.from(secret)
    return a.length === b.length && timingSafeEqual(a, b)
  }
  return {
    token,
    fileKey,
    isSameSecret,
    isApiAllowed: (request) => isSameSecret(String(request.headers[HTTP_WIRE.tokenHeader] ?? ''), token),
    isSocketAllowed: (request) => String(request.headers['sec-websocket-protocol'] ?? '').split(',')
      .map((protocol) => protocol.trim())
      .some((protocol) => protocol.startsWith(HTTP_WIRE.tokenProtocolPrefix) && isSameSecret(protocol.slice(HTTP_WIRE.tokenProtocolPrefix.length), token)),
  }
}

/**
 * The `Host` values this server answers to: the loopback names, and with `--host` the address it
 * listens on; for 0.0.0.0 (or ::), every address of this machine's network interfaces and its host
 * name. Any other Host is a DNS-rebinding attempt (a page on evil.example resolved to this address).
 */
export function allowedHosts(host: string, port: number): string[] {
  const names = ['127.0.0.1', 'localhost', '::1']
  if (host === '0.0.0.0' || host === '::') names.push(...lanAddresses(), hostname(), `${hostname()}.local`)
  else names.push(host)
  return [...new Set(names)].map((name) => `${name.includes(':') ? `[${name}]` : name}:${port}`)
}

/** The machine's addresses other devices can reach it on (not loopback, not link-local IPv6). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces()).flat()
    .filter((address) => address !== undefined && !address.internal && !(address.family === 'IPv6' && address.address.startsWith('fe80')))
    .map((address) => (address as { address: string }).address)
}

/** The addresses to print: for 0.0.0.0, each LAN address (a phone cannot open 0.0.0.0), then this computer's. */
export function printedAddresses(host: string, port: number, token: string): string[] {
  const at = (name: string): string => `http://${name.includes(':') ? `[${name}]` : name}:${port}/?token=${token}`
  if (host === '0.0.0.0' || host === '::') return [...lanAddresses().map(at), at('127.0.0.1')]
  return [at(host)]
}
