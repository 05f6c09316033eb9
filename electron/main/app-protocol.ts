import { protocol } from 'electron'
import { openConfined } from '../node/files/confine-path'
import { contentSecurityPolicy } from '../../renderer/core/html/csp'
import { mimeTypeOf } from '../node/files/mime'
import { fileResponse } from './file-response'
import { APP_SCHEME, toProtocolTarget } from './protocol-path'

/** The CSP of every app page: only the app's own scripts, nothing from the network. */
export const APP_CSP = contentSecurityPolicy({ scripts: 'self', resources: [`${APP_SCHEME}:`], frameable: false })

/** Must run before `app.ready`: briefdeck:// behaves like https (secure, standard, fetchable). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }])
}

/**
 * Serves briefdeck://app/… from the bundled UI and briefdeck://files/… from the open folder, and
 * nothing else: paths are confined by `toProtocolTarget`, then by their real path (symlinks).
 */
export function handleAppProtocol(appDir: string, folder: () => string | null): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const target = toProtocolTarget(request.url)
    if (!target) return new Response('forbidden', { status: 403 })
    const root = target.root === 'app' ? appDir : folder()
    // No folder open yet: there are no deck files to serve.
    if (root === null) return new Response('not found', { status: 404 })
    // Opened, then checked on the open file (see openConfined): a folder swapped for a symlink meanwhile leads nowhere.
    const found = await openConfined(root, target.path)
    if (!found.ok) return new Response(found.reason, { status: found.reason === 'outside' ? 403 : 404 })
    const type = mimeTypeOf(found.file)
    const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' }
    if (type.startsWith('text/html')) headers['Content-Security-Policy'] = APP_CSP
    return fileResponse(request, found, headers)
  })
}
