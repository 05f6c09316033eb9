import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { BriefdeckError } from '../../../renderer/core/errors'
import { type CdpConnection, createCdpConnection } from './cdp-connection'
import { type ChromiumLocation, chromiumArgs, findChromium } from './find-chromium'

/** A headless Chromium this process started, driven over its debugging pipe. */
export interface ChromiumBrowser {
  cdp: CdpConnection
  /** Resolves once the browser answers; rejects (E_BROWSER) when it could not start. */
  ready: Promise<void>
  /** Rejects (E_BROWSER) when the browser exits before `close()`: it crashed or was killed. */
  exited: Promise<never>
  /** Ends the browser at once and removes its profile; safe to call twice. */
  close(): void
  /** When it was launched, and when it first answered (`performance.now()`), for the timing table. */
  timing: { launched: number; ready?: number }
}

/**
 * What a print browser needs on top of find-chromium's flags: no window, the debugging pipe, and the
 * settings Playwright gives its pages, so pages print and measure as they always have (sRGB colours,
 * no scroll bars, a mouse-less device, no paint holding).
 */
const PRINT_ARGS = [
  '--headless', '--hide-scrollbars', '--force-color-profile=srgb', '--no-startup-window', '--remote-debugging-pipe',
  '--disable-field-trial-config', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding', '--disable-back-forward-cache', '--disable-breakpad', '--disable-hang-monitor',
  '--disable-ipc-flooding-protection', '--disable-popup-blocking', '--disable-prompt-on-repost', '--no-default-browser-check',
  '--disable-component-extensions-with-background-pages', '--disable-dev-shm-usage', '--metrics-recording-only',
  '--password-store=basic', '--use-mock-keychain', '--no-service-autorun', '--disable-search-engine-choice-screen',
  '--disable-features=PaintHolding,MediaRouter,OptimizationHints,Translate,AcceptCHFrame',
  '--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4',
]

/**
 * A folder for the browser's throwaway profile. In memory where the system has one (/dev/shm): a
 * profile is some 180 small files, which a disk takes a few hundred milliseconds to write and remove.
 */
function profileFolder(): string {
  const base = process.platform === 'linux' && existsSync('/dev/shm') ? '/dev/shm' : tmpdir()
  try {
    return mkdtempSync(join(base, 'briefdeck-chromium-'))
  } catch {
    return mkdtempSync(join(tmpdir(), 'briefdeck-chromium-'))
  }
}

/**
 * Starts the Chromium `findChromium` finds, headless, with a fresh profile, and connects to it over a
 * pipe. Returns at once: the browser boots in its own process while this one goes on (the CLI starts
 * it before it has even loaded the compiler).
 */
export function launchChromium(location: ChromiumLocation = findChromium()): ChromiumBrowser {
  const timing: ChromiumBrowser['timing'] = { launched: performance.now() }
  const profile = profileFolder()
  const env = { ...process.env }
  // Electron's binary is Chromium only when it is not told to be Node.
  if (location.isElectron) delete env.ELECTRON_RUN_AS_NODE
  let child: ChildProcess
  try {
    // Its own process group, so that closing ends its renderers and helpers with it.
    child = spawn(location.path, [...chromiumArgs(), ...PRINT_ARGS, `--user-data-dir=${profile}`, 'about:blank'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], detached: true, env,
    })
  } catch (error) {
    rmSync(profile, { recursive: true, force: true })
    throw failedToStart(location, (error as Error).message, error)
  }
  const cdp = createCdpConnection(child.stdio[3] as Writable, child.stdio[4] as Readable)
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    // Only the start of what it says matters (why it could not start); it is chatty afterwards.
    if (stderr.length < 4096) stderr += chunk.toString('utf8')
  })

  let closed = false
  const close = (): void => {
    if (closed) return
    closed = true
    process.off('exit', close)
    cdp.close('the browser was closed')
    // Nothing in a print browser is worth a graceful shutdown (which takes a tenth of a second or more).
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }
    rmSync(profile, { recursive: true, force: true })
  }
  // However this process ends (a signal handler's process.exit included), the browser ends with it.
  process.on('exit', close)

  const exited = new Promise<never>((_, reject) => {
    const gone = (detail: string): void => {
      cdp.close('the browser closed its connection')
      if (!closed) reject(new BriefdeckError('E_BROWSER', `the browser exited while printing (${detail})`))
    }
    child.once('error', (error) => gone(error.message))
    child.once('exit', (code, signal) => gone(signal ? `signal ${signal}` : `exit code ${code}`))
  })
  exited.catch(() => {})

  const ready = Promise.race([
    cdp.send('Browser.getVersion').then(() => {
      timing.ready = performance.now()
    }),
    exited,
  ]).catch((error: unknown) => {
    close()
    const said = firstLine(stderr)
    throw failedToStart(location, said || (error as Error).message, error)
  })
  ready.catch(() => {})
  return { cdp, ready, exited, close, timing }
}

function failedToStart(location: ChromiumLocation, reason: string, cause: unknown): BriefdeckError {
  return new BriefdeckError('E_BROWSER', `could not start ${location.path} (found via ${location.source}): ${reason}`, { cause })
}

/** The first line of what a browser printed that says something (Debian's wrapper and D-Bus warnings do not). */
function firstLine(text: string): string {
  return text.split('\n').map((line) => line.trim()).find((line) => line !== '' && !/dbus|bus\.cc|unexpected operator/i.test(line)) ?? ''
}
