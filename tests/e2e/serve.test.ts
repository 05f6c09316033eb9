import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
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

/** A browser context that has opened the printed address (so it holds the session cookie). */
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
  return page
}

const heading = (page: Page, selector = '.bd-audience') =>
  page.evaluate((s) => document.querySelector(`${s} .slides section.present:not(.stack)`)?.querySelector('h1, h2, h3')?.textContent ?? '', selector)

/** A raw HTTP GET, with the session cookie unless told otherwise. */
function get(path: string, headers: Record<string, string> = { Cookie: `bd_token=${served.token}` }): Promise<{ status: number; body: string }> {
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
    expect(await page.locator('.bd-card h2').first().textContent()).toBe('India–Japan: The Tokyo Visit and the $68 Billion Pledge')
    expect(await page.locator('.bd-card .bd-meta').first().textContent()).toBe('2025-08-30 · 8 slides · 10 min')
    expect(await page.locator('.bd-card .bd-thumbnail').count()).toBe(7)
    expect(errors).toEqual([])
    await context.close()
  })

  it('opens a deck from the library and navigates it with the keyboard', async () => {
    const { context, page } = await signedIn()
    await page.waitForFunction(() => document.querySelectorAll('.bd-card').length === 7)
    await page.locator('.bd-card').nth(1).getByRole('button', { name: 'Present', exact: true }).click()
    await page.waitForFunction(() => document.querySelector('.reveal.ready'))
    expect(await heading(page)).toBe('The trade deficit')
    await page.keyboard.press('ArrowRight')
    await page.waitForFunction(() => document.querySelector('.slides section.present h2')?.textContent === 'Trade is growing')
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
    expect(await presenter.textContent('.bd-counter')).toBe('Slide 3 of 7')
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
    await audience.waitForFunction(() => document.querySelector('.slides section.present h2')?.textContent === 'E10 Shinkansen, both countries, 2030', null, { timeout: 5000 })
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

  it('blacks the screen with B, and the presenter remembers the notes size and pauses the timer', async () => {
    const { context } = await signedIn()
    const audience = await openView(context, '#/present/06-cultural-bonds.md')
    await audience.keyboard.press('b')
    expect(await audience.evaluate(() => document.querySelector('.reveal')!.classList.contains('paused'))).toBe(true)
    await audience.keyboard.press('b')
    const presenter = await openView(context, '#/presenter/06-cultural-bonds.md')
    const size = () => presenter.evaluate(() => getComputedStyle(document.querySelector('.bd-notes')!).fontSize)
    const before = await size()
    await presenter.getByRole('button', { name: 'Larger notes' }).click()
    await presenter.getByRole('button', { name: 'Larger notes' }).click()
    expect(parseFloat(await size())).toBe(parseFloat(before) + 4)
    const again = await openView(context, '#/presenter/06-cultural-bonds.md')
    expect(await again.evaluate(() => getComputedStyle(document.querySelector('.bd-notes')!).fontSize)).toBe(await size())
    await presenter.keyboard.press('ArrowRight')
    await presenter.waitForFunction(() => document.querySelector('.bd-bar button')?.textContent === 'Pause')
    await presenter.getByRole('button', { name: 'Pause' }).click()
    const paused = await presenter.textContent('.bd-elapsed')
    await presenter.waitForTimeout(1200)
    expect(await presenter.textContent('.bd-elapsed')).toBe(paused)
    await presenter.getByRole('button', { name: 'Reset' }).click()
    expect(await presenter.textContent('.bd-elapsed')).toBe('0:00')
    await context.close()
  })

  it('shows a removed deck and a vanished folder as messages, not crashes', async () => {
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
    rmSync(join(spare, 'space.md'))
    await audience.waitForFunction(() => document.querySelector('.bd-banner:not([hidden])')?.textContent?.includes('was removed'))
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
  it('serves deck files but refuses paths out of the folder, absolute paths and symlinks out', async () => {
    symlinkSync('/etc/hostname', join(folder, 'escape.png'))
    writeFileSync(join(folder, 'inside.png'), 'png')
    expect((await get('/files/inside.png')).status).toBe(200)
    for (const path of ['/files/../package.json', '/files/%2e%2e/%2e%2e/etc/passwd', '/files/..%2F..%2Fetc%2Fpasswd', '/files//etc/passwd', '/files/escape.png', '/app/../../package.json', '/files/%00.md']) {
      const response = await get(path)
      expect([400, 403, 404], path).toContain(response.status)
      expect(response.body).not.toMatch(/root:|"name": "briefdeck"/)
    }
  })

  it('requires the token: no cookie, a wrong token, or an API call without the header are refused', async () => {
    expect((await get('/', {})).status).toBe(401)
    expect((await get('/files/inside.png', {})).status).toBe(401)
    expect((await get('/?token=wrong', {})).status).toBe(403)
    const api = await new Promise<number>((resolve) => {
      const req = httpRequest({ host: '127.0.0.1', port: served.port, path: '/api/library.list', method: 'POST', headers: { Host: `127.0.0.1:${served.port}`, Cookie: `bd_token=${served.token}`, 'Content-Type': 'application/json' } }, (res) => resolve(res.statusCode ?? 0))
      req.end('{}')
    })
    expect(api).toBe(403)
  })

  it('refuses a foreign Host header (DNS rebinding) and a WebSocket from another origin', async () => {
    expect((await get('/', { Host: 'evil.example:80', Cookie: `bd_token=${served.token}` })).status).toBe(403)
    const refused = await new Promise<boolean>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${served.port}/api/events`, { headers: { Cookie: `bd_token=${served.token}`, Origin: 'http://evil.example' } })
      ws.on('open', () => resolve(false))
      ws.on('error', () => resolve(true))
    })
    expect(refused).toBe(true)
  })

  it('validates API input: a path out of the folder is refused', async () => {
    const { context, page } = await signedIn()
    const replies = await page.evaluate(async (token) => {
      const call = async (channel: string, body: unknown) => (await fetch(`/api/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Briefdeck-Token': token }, body: JSON.stringify(body) })).json()
      return [await call('deck.open', { path: '../../etc/passwd.md' }), await call('fs.read', {}), await call('deck.read', { path: 'escape.md' })]
    }, served.token)
    expect(replies.map((r: { error?: { code: string } }) => r.error?.code)).toEqual(['E_INVALID', 'E_FORBIDDEN', 'E_NOT_FOUND'])
    await context.close()
  })

  it('sends a strict Content-Security-Policy with the app', async () => {
    const response = await new Promise<string>((resolve) => {
      httpRequest({ host: '127.0.0.1', port: served.port, path: '/', headers: { Host: `127.0.0.1:${served.port}`, Cookie: `bd_token=${served.token}` } }, (res) => resolve(String(res.headers['content-security-policy']))).end()
    })
    expect(response).toContain("default-src 'none'")
    expect(response).toContain("script-src 'self'")
    expect(response).not.toMatch(/script-src[^;]*unsafe/)
  })
})

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
