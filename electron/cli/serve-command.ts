import { spawn } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { BriefdeckError } from '../../renderer/core/errors'
import { paths } from '../node/files/app-paths'
import { startServer } from '../server/serve'
import { type VariantFlags, isCut, toVariant } from './variant-flags'
import { closeBlockHosts } from '../node/blocks/render-blocks'

export interface ServeCommandOptions extends VariantFlags {
  folder?: string
  port: string
  host: string
  open: boolean
}

/** The folder `serve` opens without an argument: ./slides if there is one, else the sample briefing. */
export function defaultFolder(cwd = process.cwd()): string {
  const local = resolve(cwd, 'slides')
  return existsSync(local) && statSync(local).isDirectory() ? local : paths.slides
}

/**
 * `briefdeck serve [folder] [--port N] [--host H] [--open]`: browser mode on 127.0.0.1 (another
 * address only when asked with --host), until Ctrl+C.
 */
export async function serveCommand(options: ServeCommandOptions, log: (line: string) => void): Promise<void> {
  const folder = resolve(options.folder ?? defaultFolder())
  if (!existsSync(folder)) throw new BriefdeckError('E_NOT_FOUND', `${folder}: no such folder`)
  if (!statSync(folder).isDirectory()) throw new BriefdeckError('E_USAGE', `${folder}: serve opens a folder of decks, not a file`)
  const port = Number(options.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new BriefdeckError('E_USAGE', `--port must be 0 to 65535 (got \`${options.port}\`)`)
  const variant = toVariant(options)
  const server = await startServer({ folder, port, host: options.host, variant })
  // Listen for Ctrl+C before printing the address: a stop that comes right after it is still clean.
  const stopped = new Promise<void>((done) => {
    const stop = (): void => {
      log('Stopping…')
      // The chart process and the diagram page end with the server, even mid-drawing.
      void Promise.all([server.close(), closeBlockHosts()]).then(() => done())
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  log(`Briefdeck is serving ${folder}`)
  if (isCut(options)) {
    const cut = [variant.audience ? `for audience \`${variant.audience}\`` : '', variant.notes ? '' : 'without speaker notes', variant.backup ? '' : 'without backup slides'].filter(Boolean).join(', ')
    log(`Showing the decks ${cut}: what is left out is not sent to any browser.`)
  }
  log(`Open ${server.url}`)
  const others = server.urls.filter((url) => url !== server.url)
  if (others.length > 0) {
    log('On a phone or tablet on the same network, open:')
    for (const url of others) log(`  ${url}`)
  }
  if (options.host !== '127.0.0.1' && options.host !== 'localhost') {
    log(`warning: listening on ${options.host}: anyone on that network who has the address with its token can open these decks`)
  }
  log('Press Ctrl+C to stop.')
  if (options.open) openBrowser(server.url, log)
  await stopped
}

function openBrowser(url: string, log: (line: string) => void): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open'
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url]
  const child = spawn(command, args, { stdio: 'ignore', detached: true })
  child.on('error', () => log(`could not open a browser (${command}); open the address above yourself`))
  child.unref()
}
