import { execFileSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, type Page, chromium } from 'playwright-core'
import { chromiumArgs, findChromium } from '../../electron/node/export/find-chromium'

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')
export const BIN = join(ROOT, 'electron', 'cli', 'bin.mjs')

/** Runs the real `briefdeck` command (the bundled CLI, as `npx briefdeck` does). */
export function briefdeck(args: string[], cwd = ROOT): string {
  return execFileSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

/** The real Chromium the product itself would use, driven by Playwright. */
export function startBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium().path, args: chromiumArgs(), headless: true })
}

/** What a page did that a deck must never do: reach off the machine, log errors, open dialogs. */
export interface PageWatch {
  offline: string[]
  errors: string[]
  dialogs: string[]
}

/**
 * Records every request that is not `data:`, `blob:` or a local address (file: or 127.0.0.1), every
 * console error and page error, and every alert/confirm/prompt.
 */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { offline: [], errors: [], dialogs: [] }
  page.on('request', (request) => {
    const url = request.url()
    if (!/^(data:|blob:|file:|https?:\/\/127\.0\.0\.1[:/]|about:)/.test(url)) watch.offline.push(url)
  })
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text())
  })
  page.on('pageerror', (error) => watch.errors.push(error.message))
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  return watch
}

/** Opens a built deck and waits until reveal.js says it is ready. */
export async function openDeck(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true)
}
