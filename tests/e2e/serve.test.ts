import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { HTTP_WIRE } from '../../renderer/core/api/contract'
import { ROOT, startBrowser } from '../helpers/browser'
import { type Served, startServe } from '../helpers/serve'

let browser: Browser
let folder: string
let served: Served
const offMachine: string[] = []

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'briefdeck-serve-'))
  cpSync(join(ROOT, 'slides'), folder, { recursive: true })
  served = await startServe(folder)
  browser = await startBrowser()
})
afterAll(async () => {
  await browser?.close()
  await served?.stop()
  rmSync(folder, { recursive: true, force: true })
})

/** A browser context that has opened the printed address (so its pages hold the token). */
async function signedIn(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const errors: string[] = []
  context.on('request', (request) => {
    if (!request.url().startsWith(served.origin) && !/^(data|blob|about):/.test(request.url())) offMachine.push(request.url())
  })
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(served.url)
  return { context, page, errors }
}

async function openView(context: BrowserContext, hash: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${served.origin}/${hash}`)
  await page.waitForFunction(() => document.querySelectorAll('.reveal.ready').length > 0)
  // Ready once the room's position has been read and applied: a key pressed before could be undone by it.
  await page.waitForSelector('#bd-root[data-ready]', { state: 'attached' })
  return page
}

const heading = (page: Page, selector = '.bd-audience') =>
  page.evaluate((s) => document.querySelector(`${s} .slides section.present:not(.stack)`)?.querySelector('h1, h2, h3')?.textContent ?? '', selector)

/** A raw HTTP GET, as any program could send it. */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: served.port, path, headers: { Host: `127.0.0.1:${served.port}`, ...headers } }, (res) => {
      let body = ''
      res.on('data', (c) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('briefdeck serve: presenting in the browser', () => {
  it('lists the seven decks in the library, with their length and first slide', async () => {
    const { context, page, errors } = await signedIn()
    await page.waitForSelector('.bd-card')
    expect(await page.locator('.bd-card').count()).toBe(7)
    expect(await page.locator('.bd-card h2').first().textContent()).toBe("India–Japan: Modi's Visit and the $68 Billion Pledge")
    expect(await page.locator('.bd-card .bd-meta').first().textContent()).toBe('2025-08-30 · 9 slides · 10 min')
    expect(await page.locator('.bd-card .bd-thumbnail').count()).toBe(7)
    expect(errors).toEqual([])
    await context.close()
  })

  it('opens a deck from the library and navigates it with the keyboard', async () => {
    const { context, page } = await signedIn()
    await page.waitForFunction(() => document.querySelectorAll('.bd-card').length === 7)
    await page.locator('.bd-card').nth(1).getByRole('button', { name: 'Present', exact: true }).click()
    await page.waitForFunction(() => document.querySelector('.reveal.ready'))
    // Keys once the view has applied the room's position, which would undo a move made before it.
    await page.waitForSelector('#bd-root[data-ready="present"]', { state: 'attached' })
    expect(await heading(page)).toBe('The trade deficit')
    await page.keyboard.press('ArrowRight')
    await page.waitForFunction(() => document.querySelector('.slides section.present h2')?.textContent === 'Two-way trade: the good news')
    await page.keyboard.press('End')
    await page.waitForFunction(() => document.querySelector('.slides section.present h2')?.textContent === 'Sources')
    await page.keyboard.type('3')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.querySelector('.slides section.present:not(.stack) h2')?.textContent === '…but it is lopsided')
    await context.close()
  })

  it('shows notes in the presenter view and never in the audience view', async () => {
    const { context } = await signedIn()
    const presenter = await openView(context, '#/presenter/01-overview.md')
    const audience = await openView(context, '#/present/01-overview.md')
    await presenter.waitForFunction(() => document.querySelector('.bd-notes')?.textContent?.includes('This first deck frames the whole briefing'))
    const audienceText = await audience.evaluate(() => document.body.innerText)
    expect(audienceText).not.toContain('This first deck frames')
    expect(await audience.evaluate(() => [...document.querySelectorAll('aside.notes')].every((n) => (n as HTMLElement).offsetParent === null))).toBe(true)
    await context.close()
  })

  it('keeps the audience and presenter in step both ways, across two browsers', async () => {
    const one = await signedIn()
    const two = await signedIn()
    const presenter = await openView(one.context, '#/presenter/04-space.md')
    const audience = await openView(two.context, '#/present/04-space.md')
    await presenter.keyboard.press('ArrowRight')
    await audience.waitForFunction(() => document.querySelector('.slides section.present h2')?.textContent === 'A cornerstone of the partnership')
    await audience.keyboard.press('ArrowRight')
    await presenter.waitForFunction(() => document.querySelector('.bd-current-deck .slides section.present h2')?.textContent === 'Chandrayaan-5: Lunar Polar Exploration')
    await presenter.waitForFunction(() => document.querySelector('.bd-notes')?.textContent?.includes('The key word is complementary'))
    expect(await presenter.textContent('.bd-counter')).toMatch(/^Slide 3 of 7/)
    await one.context.close()
    await two.context.close()
  })

  it('updates an open view when the deck changes on disk, on the same slide (how fast: npm run bench)', async () => {
    const { context } = await signedIn()
    const audience = await openView(context, '#/present/05-bullet-train-and-rail.md')
    await audience.keyboard.press('ArrowRight')
    await audience.waitForFunction(() => document.querySelector('.slides section.present h2')?.textContent === 'E10 Shinkansen by 2030')
    const file = join(folder, '05-bullet-train-and-rail.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('## E10 Shinkansen by 2030', '## E10 Shinkansen, both countries, 2030'))
    await audience.waitForFunction(() => document.querySelector('.slides section.present h2')?.textContent === 'E10 Shinkansen, both countries, 2030', null, { timeout: 15_000 })
    await context.close()
  })

  it('shows a deck that fails to compile with its file and line, and the rest of the library still works', async () => {
    writeFileSync(join(folder, '99-broken.md'), '---\ntitle: [\n---\n# Broken')
    const { context, page } = await signedIn()
    await page.waitForFunction(() => document.querySelectorAll('.bd-card').length === 8)
    expect(await page.locator('.bd-card[data-path="99-broken.md"] .bd-errors').textContent()).toContain('99-broken.md:2: invalid front matter YAML')
    rmSync(join(folder, '99-broken.md'))
    await page.waitForFunction(() => document.querySelectorAll('.bd-card').length === 7)
    await context.close()
  })

  it('exports a PDF through the API and serves it for download', async () => {
    const { context, page } = await signedIn()
    await page.waitForSelector('.bd-card')
    const seen: string[] = []
    await page.exposeFunction('recordStatus', (text: string) => seen.push(text))
    await page.evaluate(() => new MutationObserver(() => (window as unknown as { recordStatus(t: string): void }).recordStatus(document.querySelector('.bd-status')!.textContent!)).observe(document.querySelector('.bd-status')!, { childList: true, characterData: true, subtree: true }))
    const result = await page.evaluate(async (token) => {
      const response = await fetch('/api/export.pdf', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Briefdeck-Token': token }, body: JSON.stringify({ path: '04-space.md', layout: 'handout', size: 'a4' }) })
      return response.json()
    }, served.token)
    expect(result).toMatchObject({ ok: true, value: { pages: expect.any(Number) } })
    // The library shows the export's progress as the server reports it.
    expect(seen).toEqual(expect.arrayContaining(['Exporting: compiled 1 of 1 decks…', expect.stringMatching(/^Exporting: printing \d+ pages…$/)]))
    const pdf = await get(result.value.location)
    expect(pdf.status).toBe(200)
    expect(pdf.body.startsWith('%PDF-')).toBe(true)
    await context.close()
  })

  it('remembers the presenter’s notes size, and pauses and resets the timer', async () => {
    const { context } = await signedIn()
    const presenter = await openView(context, '#/presenter/06-cultural-bonds.md')
    const size = () => presenter.evaluate(() => getComputedStyle(document.querySelector('.bd-notes-text')!).fontSize)
    const before = await size()
    await presenter.getByRole('button', { name: 'Larger notes' }).click()
    await presenter.getByRole('button', { name: 'Larger notes' }).click()
    expect(parseFloat(await size())).toBe(parseFloat(before) + 4)
    const again = await openView(context, '#/presenter/06-cultural-bonds.md')
    expect(await again.evaluate(() => getComputedStyle(document.querySelector('.bd-notes-text')!).fontSize)).toBe(await size())
    await presenter.keyboard.press('ArrowRight')
    await presenter.getByRole('button', { name: 'Pause', exact: true }).click()
    const paused = await presenter.textContent('.bd-elapsed')
    await presenter.waitForTimeout(1200)
    expect(await presenter.textContent('.bd-elapsed')).toBe(paused)
    await presenter.getByRole('button', { name: 'Reset', exact: true }).click()
    await presenter.waitForFunction(() => document.querySelector('.bd-elapsed')?.textContent === '0:00')
    await context.close()
  })

  it('shows a removed deck (to the presenter only: the room keeps its slides) and a vanished folder as messages, not crashes', async () => {
    const spare = mkdtempSync(join(tmpdir(), 'briefdeck-vanish-'))
    cpSync(join(ROOT, 'slides', '04-space.md'), join(spare, 'space.md'))
    const other = await startServe(spare)
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(other.url)
    await page.waitForSelector('.bd-card')
    const audience = await context.newPage()
    await audience.goto(`${other.origin}/#/present/space.md`)
    await audience.waitForFunction(() => document.querySelector('.reveal.ready'))
    const presenter = await context.newPage()
    await presenter.goto(`${other.origin}/#/presenter/space.md`)
    await presenter.waitForSelector('#bd-root[data-ready="presenter"]', { state: 'attached' })
    rmSync(join(spare, 'space.md'))
    await presenter.waitForFunction(() => document.querySelector('.bd-problems:not([hidden])')?.textContent?.includes('was removed'))
    expect(await audience.locator('.bd-banner, [role="alert"]').count()).toBe(0)
    expect(await audience.isVisible('.reveal.ready .slides section.present')).toBe(true)
    rmSync(spare, { recursive: true, force: true })
    await page.reload()
    await page.waitForFunction(() => document.querySelector('.bd-status.bd-error')?.textContent?.includes('no longer exists'))
    await context.close()
    expect(await other.stop()).toBe(0)
  })

  it('made no request off 127.0.0.1', () => {
    expect(offMachine).toEqual([])
  })
})

describe('briefdeck serve: security', () => {
  /** Calls the API from outside a browser, as another program on this machine could. */
  const call = async (channel: string, body: unknown, token: string | null = served.token): Promise<{ status: number; reply: { ok: boolean; value?: unknown; error?: { code: string } } | null }> => {
    const response = await fetch(`${served.origin}/api/${channel}`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', ...(token === null ? {} : { 'X-Briefdeck-Token': token }) }, body: JSON.stringify(body),
    })
    return { status: response.status, reply: await response.json().catch(() => null) }
  }
  /** The key in deck file URLs, which only API replies give out. */
  const fileKey = async (): Promise<string> => {
    writeFileSync(join(folder, 'key.md'), '![x](inside.png)')
    // A real PNG (1×1): the deck compiler shows a placeholder for a file that is not the image it claims.
    writeFileSync(join(folder, 'inside.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'))
    const { reply } = await call('deck.open', { path: 'key.md' })
    return /\/files\/([0-9a-f]+)\//.exec((reply?.value as { sectionsHtml: string }).sectionsHtml)?.[1] ?? ''
  }

  it('serves deck files under its key, and refuses other keys, paths out of the folder and symlinks out', async () => {
    const key = await fileKey()
    expect(key).toMatch(/^[0-9a-f]{36}$/)
    symlinkSync('/etc/hostname', join(folder, 'escape.png'))
    expect((await get(`/files/${key}/inside.png`, {})).status).toBe(200)
    for (const path of [`/files/${key}/../package.json`, `/files/${key}/%2e%2e/%2e%2e/etc/passwd`, `/files/${key}/..%2F..%2Fetc%2Fpasswd`,
      `/files/${key}//etc/passwd`, `/files/${key}/escape.png`, '/app/../../package.json', `/files/${key}/%00.md`, '/files/inside.png', `/files/${'0'.repeat(36)}/inside.png`]) {
      const response = await get(path, {})
      expect([400, 403, 404], path).toContain(response.status)
      expect(response.body).not.toMatch(/root:|"name": "briefdeck"|PNG/)
    }
  })

  it('requires the token in a header: the app page holds no secret, and API calls and events without it are refused', async () => {
    const page = await get('/', {})
    expect(page.status).toBe(200)
    expect(page.body).not.toContain(served.token)
    expect((await call('library.list', {}, null)).status).toBe(403)
    expect((await call('library.list', {}, 'wrong')).status).toBe(403)
    expect((await call('library.list', {})).reply).toMatchObject({ ok: true })
    const origin = { Origin: served.origin }
    expect(await socketOpens([HTTP_WIRE.eventsProtocol], origin)).toBe(false)
    expect(await socketOpens([HTTP_WIRE.eventsProtocol, `${HTTP_WIRE.tokenProtocolPrefix}wrong`], origin)).toBe(false)
    expect(await socketOpens([HTTP_WIRE.eventsProtocol, `${HTTP_WIRE.tokenProtocolPrefix}${served.token}`], origin)).toBe(true)
  })

  it('refuses a foreign Host header (DNS rebinding) and a WebSocket from another origin', async () => {
    expect((await get('/', { Host: 'evil.example:80' })).status).toBe(403)
    expect(await socketOpens([HTTP_WIRE.eventsProtocol, `${HTTP_WIRE.tokenProtocolPrefix}${served.token}`], { Origin: 'http://evil.example' })).toBe(false)
  })

  it('gives a page from another local port nothing: no credential reaches it, and what it tries is refused', async () => {
    const { context, page } = await signedIn()
    await page.waitForSelector('.bd-card')
    const seen: string[] = []
    const evil = createServer((request, response) => {
      seen.push(JSON.stringify(request.headers))
      response.writeHead(200, { 'Content-Type': 'text/html' })
      response.end('<!doctype html><p>evil</p>')
    })
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve))
    const evilPort = (evil.address() as { port: number }).port
    const attacker = await context.newPage()
    await attacker.goto(`http://127.0.0.1:${evilPort}/`)
    const tried = await attacker.evaluate(async (target) => {
      const results: string[] = [`storage:${Object.keys(localStorage).join(',')}`]
      for (const init of [{ credentials: 'include' as const, headers: { 'Content-Type': 'application/json' } }, { credentials: 'include' as const, headers: { 'Content-Type': 'text/plain' }, mode: 'no-cors' as const }]) {
        const save = fetch(`${target}/api/deck.save`, { method: 'POST', body: JSON.stringify({ path: '01-overview.md', text: 'pwned', baseVersion: null }), ...init })
        results.push(await save.then((r) => `fetch:${r.status}`, () => 'fetch:blocked'))
      }
      results.push(await new Promise<string>((resolve) => {
        const ws = new globalThis.WebSocket(`${target.replace('http', 'ws')}/api/events`, ['briefdeck.events'])
        ws.onopen = () => resolve('ws:open')
        ws.onerror = () => resolve('ws:refused')
      }))
      return results
    }, served.origin)
    // Its calls are blocked by the browser (CORS) or reach the server without a token (a 0 opaque reply): either way nothing happens.
    expect(tried[0]).toBe('storage:')
    expect(tried.slice(1, 3).every((result) => /^fetch:(blocked|0|403)$/.test(result))).toBe(true)
    expect(tried[3]).toBe('ws:refused')
    expect(seen.join('\n')).not.toContain(served.token)
    expect(readFileSync(join(folder, '01-overview.md'), 'utf8')).not.toBe('pwned')
    evil.close()
    await context.close()
  })

  it('keeps two servers side by side working in one browser', async () => {
    const spare = mkdtempSync(join(tmpdir(), 'briefdeck-second-'))
    cpSync(join(ROOT, 'slides', '04-space.md'), join(spare, 'space.md'))
    const second = await startServe(spare)
    const context = await browser.newContext()
    const first = await context.newPage()
    await first.goto(served.url)
    await first.waitForFunction(() => document.querySelectorAll('.bd-card').length >= 7)
    const other = await context.newPage()
    await other.goto(second.url)
    await other.waitForFunction(() => document.querySelectorAll('.bd-card').length === 1)
    await first.reload()
    await first.waitForFunction(() => document.querySelectorAll('.bd-card').length >= 7)
    await other.reload()
    await other.waitForFunction(() => document.querySelectorAll('.bd-card').length === 1)
    await context.close()
    await second.stop()
    rmSync(spare, { recursive: true, force: true })
  })

  it('validates API input: a path out of the folder is refused', async () => {
    const replies = [await call('deck.open', { path: '../../etc/passwd.md' }), await call('fs.read', {}), await call('deck.read', { path: 'escape.md' })]
    expect(replies.map((r) => r.reply?.error?.code)).toEqual(['E_INVALID', 'E_FORBIDDEN', 'E_NOT_FOUND'])
  })

  it('sends a strict Content-Security-Policy with the app', async () => {
    const response = await new Promise<string>((resolve) => {
      httpRequest({ host: '127.0.0.1', port: served.port, path: '/', headers: { Host: `127.0.0.1:${served.port}` } }, (res) => resolve(String(res.headers['content-security-policy']))).end()
    })
    expect(response).toContain("default-src 'none'")
    expect(response).toContain("script-src 'self'")
    expect(response).not.toMatch(/script-src[^;]*unsafe/)
  })
})

/** Whether a WebSocket to the events endpoint opens, offering these subprotocols with these headers. */
function socketOpens(protocols: string[], headers: Record<string, string>): Promise<boolean> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${served.port}${HTTP_WIRE.eventsPath}`, protocols, { headers })
    ws.on('open', () => {
      ws.close()
      resolve(true)
    })
    ws.on('error', () => resolve(false))
  })
}

describe('briefdeck serve: the process', () => {
  it('says a port is taken and suggests another', async () => {
    const second = await startServe(folder, ['--port', String(served.port)]).catch((error: Error) => error)
    expect(second).toBeInstanceOf(Error)
    expect(String(second)).toMatch(new RegExp(`port ${served.port} is in use; try --port \\d+`))
  })

  it('stops cleanly on Ctrl+C', async () => {
    const other = await startServe(folder)
    expect(await other.stop('SIGINT')).toBe(0)
    expect(other.output()).toContain('Stopping')
  })
})
