import { protocol } from 'electron'
import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { confine } from '../node/files/confine-path'
import { mimeTypeOf } from '../node/decks/deck-assets'
import { APP_SCHEME, toProtocolTarget } from './protocol-path'

const APP_TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.png': 'image/png', '.map': 'application/json' }

/** The CSP of every app page: only the app's own scripts, nothing from the network. */
export const APP_CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", `img-src 'self' ${APP_SCHEME}: data: blob:`,
  `media-src 'self' ${APP_SCHEME}: data: blob:`, "font-src 'self' data:", "connect-src 'none'", "frame-src 'none'",
  "object-src 'none'", "base-uri 'none'", "form-action 'none'",
].join('; ')

/** Must run before `app.ready`: briefdeck:// behaves like https (secure, standard, fetchable). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }])
}

/**
 * Serves briefdeck://app/… from the bundled UI and briefdeck://files/… from the open folder, and
 * nothing else: paths are confined by `toProtocolTarget`, then by their real path (symlinks).
 */
export function handleAppProtocol(appDir: string, folder: () => string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const target = toProtocolTarget(request.url)
    if (!target) return new Response('forbidden', { status: 403 })
    const found = await confine(target.root === 'app' ? appDir : folder(), target.path)
    if (!found.ok) return new Response(found.reason, { status: found.reason === 'outside' ? 403 : 404 })
    const file = found.file
    if (!(await stat(file)).isFile()) return new Response('not found', { status: 404 })
    const type = target.root === 'app' ? APP_TYPES[extname(file)] ?? 'application/octet-stream' : mimeTypeOf(file)
    const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' }
    if (type === 'text/html') headers['Content-Security-Policy'] = APP_CSP
    return new Response(await readFile(file), { headers })
  })
}
