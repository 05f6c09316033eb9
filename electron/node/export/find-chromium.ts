import { accessSync, constants } from 'node:fs'
import { join } from 'node:path'
import { BriefdeckError } from '../../../renderer/core/errors'
import { requireFromPackage } from '../files/app-paths'

/** Where a Chromium was found, and how, for messages. */
export interface ChromiumLocation {
  path: string
  source: 'BRIEFDECK_CHROMIUM' | 'CHROME_PATH' | 'electron' | 'system'
  /** Electron's binary must be run as a browser with ELECTRON_RUN_AS_NODE unset; it is Chromium. */
  isElectron: boolean
}

const SYSTEM_BROWSERS: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge', '/snap/bin/chromium'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
  win32: [
    join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe'),
    join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Microsoft\\Edge\\Application\\msedge.exe'),
    join(process.env.LOCALAPPDATA ?? '', 'Google\\Chrome\\Application\\chrome.exe'),
  ],
}

function isExecutable(path: string | undefined): path is string {
  if (!path) return false
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** The Electron binary the `electron` package installed, if its download happened. */
function electronBinary(): string | undefined {
  try {
    const path = requireFromPackage('electron') as unknown
    return typeof path === 'string' ? path : undefined
  } catch {
    return undefined
  }
}

/**
 * Finds a Chromium to print with, in this order: $BRIEFDECK_CHROMIUM, $CHROME_PATH, an installed
 * Electron, then the system's Chrome, Chromium or Edge. Throws one line saying how to fix it.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumLocation {
  for (const name of ['BRIEFDECK_CHROMIUM', 'CHROME_PATH'] as const) {
    const value = env[name]
    if (value === undefined || value === '') continue
    if (isExecutable(value)) return { path: value, source: name, isElectron: false }
    throw new BriefdeckError('E_BROWSER', `$${name} is set to ${value}, which is not an executable browser`)
  }
  const electron = electronBinary()
  if (isExecutable(electron)) return { path: electron, source: 'electron', isElectron: true }
  const system = (SYSTEM_BROWSERS[process.platform] ?? []).find(isExecutable)
  if (system) return { path: system, source: 'system', isElectron: false }
  throw new BriefdeckError('E_BROWSER',
    'no Chromium found: install Chrome or Chromium (Debian/Ubuntu: `apt-get install chromium`), or set BRIEFDECK_CHROMIUM to its path')
}

/** Flags for a headless Chromium that must not touch the network by itself. */
export function chromiumArgs(): string[] {
  const args = [
    '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync',
    '--disable-default-apps', '--disable-extensions', '--disable-quic', '--disable-gpu', '--mute-audio',
  ]
  // Chromium refuses to run as root with its sandbox (containers, CI); there is no other user there.
  if (process.getuid?.() === 0) args.push('--no-sandbox')
  return args
}
