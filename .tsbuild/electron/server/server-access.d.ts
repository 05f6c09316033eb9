import type { IncomingMessage } from 'node:http';
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
    token: string;
    /** The capability in `/files/<key>/…` and `/exports/<key>/…` URLs. */
    fileKey: string;
    /** Whether a request's token (header) is this server's. */
    isApiAllowed(request: IncomingMessage): boolean;
    /** Whether a WebSocket upgrade offers this server's token as a subprotocol. */
    isSocketAllowed(request: IncomingMessage): boolean;
    isSameSecret(given: string, secret: string): boolean;
}
export declare function createServerAccess(token?: string): ServerAccess;
/**
 * The `Host` values this server answers to: the loopback names, and with `--host` the address it
 * listens on; for 0.0.0.0 (or ::), every address of this machine's network interfaces and its host
 * name. Any other Host is a DNS-rebinding attempt (a page on evil.example resolved to this address).
 */
export declare function allowedHosts(host: string, port: number): string[];
/** The machine's addresses other devices can reach it on (not loopback, not link-local IPv6). */
export declare function lanAddresses(): string[];
/** The addresses to print: for 0.0.0.0, each LAN address (a phone cannot open 0.0.0.0), then this computer's. */
export declare function printedAddresses(host: string, port: number, token: string): string[];
