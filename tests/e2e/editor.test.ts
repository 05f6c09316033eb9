import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, startBrowser } from '../helpers/browser'
import { type Served, startServe } from '../helpers/serve'

let browser: Browser
let folder: string
let cache: string
let served: Served

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'briefdeck-edit-'))
  cache = mkdtempSync(join(tmpdir(), 'briefdeck-cache-'))
  cpSync(join(ROOT, 'slides'), folder, { recursive: true })
  served = await startServe(folder, [], { XDG_CACHE_HOME: cache })
  browser = await startBrowser()
})
afterAll(async () => {
  await browser?.close()
  await served?.stop()
  rmSync(folder, { recursive: true, force: true })
  rmSync(cache, { recursive: true, force: true })
})

async function openEditor(deck: string, server = served, before?: (page: Page) => Promise<void>): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  const page = await context.newPage()
  await before?.(page)
  await page.goto(server.url)
  await page.goto(`${server.origin}/#/edit/${deck}`)
  await page.waitForSelector('.cm-editor')
  await page.waitForFunction(() => document.querySelector('.bd-preview-deck .reveal.ready'))
  return { context, page }
}

/** The editor misses every `deck.changed` event, as if the watcher were slow: a save is then the first to meet a change on disk. */
async function dropDeckChanged(page: Page): Promise<void> {
  await page.routeWebSocket(/\/api\/events$/, (ws) => {
    const server = ws.connectToServer()
    ws.onMessage((message) => server.send(message))
    server.onMessage((message) => {
      if (!String(message).includes('"deck.changed"')) ws.send(message)
    })
  })
}

const saveStatus = (page: Page) => page.textContent('.bd-save-status')
const editorText = (page: Page) => page.evaluate(() => (document.querySelector('.cm-content') as HTMLElement).innerText)
/** Clicks a source line, paging down first if CodeMirror has not rendered it yet (it renders what is in view). */
async function clickLine(page: Page, text: string): Promise<void> {
  const line = page.locator('.cm-line', { hasText: text }).first()
  await page.locator('.cm-content').focus()
  await page.keyboard.press('Control+Home')
  for (let i = 0; i < 60 && (await line.count()) === 0; i++) await page.keyboard.press('PageDown')
  await line.click()
}

/** Appends " (mine)" to a heading in the editor, then " (theirs)" to it in the file on disk, as another program would. */
async function editBothSides(page: Page, deck: string, heading: string): Promise<{ file: string; theirs: string }> {
  await clickLine(page, heading)
  await page.keyboard.press('End')
  await page.keyboard.type(' (mine)')
  const file = join(folder, deck)
  const theirs = readFileSync(file, 'utf8').replace(heading, `${heading} (theirs)`)
  writeFileSync(file, theirs)
  return { file, theirs }
}

describe('the editor', () => {
  it('updates the preview as you type, re-rendering only the changed slide', async () => {
    const { context, page } = await openEditor('02-trade-deficit.md')
    await page.evaluate(() => document.querySelectorAll('.bd-preview-deck .slides > section')[0].setAttribute('data-untouched', 'yes'))
    await clickLine(page, '## The China factor')
    await page.keyboard.press('End')
    await page.keyboard.type(' today')
    await page.waitForFunction(() => document.querySelector('.bd-preview-deck section.present h2')?.textContent === 'The China factor today')
    // Slide 1 was not re-rendered: our mark on it survived the update.
    expect(await page.evaluate(() => document.querySelectorAll('.bd-preview-deck .slides > section')[0].getAttribute('data-untouched'))).toBe('yes')
    expect(await page.isVisible('.bd-dirty')).toBe(true)
    await context.close()
  })

  it('follows the cursor in the preview, and a click on the preview moves the cursor to the slide’s source', async () => {
    const { context, page } = await openEditor('04-space.md')
    await clickLine(page, '## Beyond the Moon')
    await page.waitForFunction(() => document.querySelector('.bd-preview-deck section.present h2')?.textContent === 'Beyond the Moon')
    await clickLine(page, '## A cornerstone of the partnership')
    await page.waitForFunction(() => document.querySelector('.bd-preview-deck section.present h2')?.textContent === 'A cornerstone of the partnership')
    await page.click('.bd-preview-deck section.present h2')
    const lines = await page.evaluate(() => document.querySelector<HTMLElement>('.bd-preview-deck section.present')!.dataset.bdLines!)
    await page.waitForFunction((start) => document.querySelector('.cm-activeLineGutter')?.textContent === start, lines.split('-')[0])
    await context.close()
  })

  it('saves with Ctrl+S, atomically, and clears the dirty marker', async () => {
    const { context, page } = await openEditor('05-bullet-train-and-rail.md')
    await clickLine(page, '## What it means')
    await page.keyboard.press('End')
    await page.keyboard.type(' for India')
    await page.keyboard.press('Control+s')
    await page.waitForFunction(() => document.querySelector('.bd-dirty')?.hasAttribute('hidden'))
    expect(readFileSync(join(folder, '05-bullet-train-and-rail.md'), 'utf8')).toContain('## What it means for India')
    expect(readdirSync(folder).filter((f) => f.includes('.tmp'))).toEqual([])
    await context.close()
  })

  it('shows unsaved changes, not "Saved", when typing after a save, and saves again', async () => {
    const { context, page } = await openEditor('05-bullet-train-and-rail.md')
    await clickLine(page, '## What it means')
    for (const word of [' again', ' and again']) {
      await page.keyboard.press('End')
      await page.keyboard.type(word)
      expect(await saveStatus(page)).toBe('Unsaved changes')
      expect(await page.isVisible('.bd-dirty')).toBe(true)
      await page.keyboard.press('Control+s')
      await page.waitForFunction(() => document.querySelector('.bd-save-status')?.textContent === 'Saved')
      expect(await page.isVisible('.bd-dirty')).toBe(false)
    }
    await page.keyboard.type('!')
    expect(await saveStatus(page)).toBe('Unsaved changes')
    expect(await page.isVisible('.bd-dirty')).toBe(true)
    expect(readFileSync(join(folder, '05-bullet-train-and-rail.md'), 'utf8')).toContain(' again and again\n')
    await context.close()
  })

  it('shows the conflict, not "Saving…", when Ctrl+S meets a newer file on disk', async () => {
    const { context, page } = await openEditor('02-trade-deficit.md', served, dropDeckChanged)
    const { file, theirs } = await editBothSides(page, '02-trade-deficit.md', '## The China factor')
    await page.keyboard.press('Control+s')
    await page.waitForSelector('.bd-conflict')
    expect(await saveStatus(page)).toBe('Conflict with the file on disk')
    expect(await page.isVisible('.bd-dirty')).toBe(true)
    expect(readFileSync(file, 'utf8')).toBe(theirs)
    await context.close()
  })

  it('reloads silently when the file changes on disk and the editor is clean', async () => {
    const { context, page } = await openEditor('06-cultural-bonds.md')
    const file = join(folder, '06-cultural-bonds.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('## Deeper than the statistics', '## Deeper than any statistic'))
    await page.waitForFunction(() => (document.querySelector('.cm-content') as HTMLElement).innerText.includes('## Deeper than any statistic'))
    expect(await page.isVisible('.bd-conflict')).toBe(false)
    await context.close()
  })

  it('asks, showing both versions, when the file changes on disk while there are unsaved edits', async () => {
    const { context, page } = await openEditor('07-strategic-implications.md')
    const { file, theirs } = await editBothSides(page, '07-strategic-implications.md', '## Squeezed from two sides')
    await page.waitForSelector('.bd-conflict')
    expect(await page.textContent('.bd-mine')).toContain('(mine)')
    expect(await page.textContent('.bd-theirs')).toContain('(theirs)')
    expect(readFileSync(file, 'utf8')).toBe(theirs)
    // Ctrl+S does not overwrite it either: the conflict stays until the author chooses.
    await page.keyboard.press('Control+s')
    await page.waitForTimeout(300)
    expect(readFileSync(file, 'utf8')).toBe(theirs)
    expect(await saveStatus(page)).toBe('Conflict with the file on disk')
    await page.getByRole('button', { name: 'Keep mine (save over the disk version)' }).click()
    await page.waitForFunction(() => document.querySelector('.bd-dirty')?.hasAttribute('hidden'))
    expect(readFileSync(file, 'utf8')).toContain('## Squeezed from two sides (mine)')
    await context.close()
  })

  it('takes the disk version when the author chooses theirs', async () => {
    const { context, page } = await openEditor('01-overview.md')
    await clickLine(page, '## Two days in Japan')
    await page.keyboard.press('End')
    await page.keyboard.type(' (draft)')
    const file = join(folder, '01-overview.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('## Two days in Japan', '## Two days in Tokyo'))
    await page.waitForSelector('.bd-conflict')
    await page.getByRole('button', { name: 'Take theirs (discard my edits)' }).click()
    expect(await editorText(page)).toContain('## Two days in Tokyo')
    expect(await editorText(page)).not.toContain('(draft)')
    await context.close()
  })

  it('copies a pasted or dropped image into the deck’s assets folder and links it', async () => {
    const { context, page } = await openEditor('03-military-convergence.md')
    await clickLine(page, '## Bottom line')
    await page.keyboard.press('End')
    await page.keyboard.press('Enter')
    const png = readFileSync(join(ROOT, 'tests/fixtures/decks/conventions/img/chart.png')).toString('base64')
    await page.evaluate((data) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0))
      const transfer = new DataTransfer()
      transfer.items.add(new File([bytes], 'exercise map.png', { type: 'image/png' }))
      document.querySelector('.cm-content')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }))
    }, png)
    await page.waitForFunction(() => (document.querySelector('.cm-content') as HTMLElement).innerText.includes('![exercise map](assets/exercise-map.png)'))
    expect(readFileSync(join(folder, 'assets', 'exercise-map.png')).toString('base64')).toBe(png)
    await page.evaluate((data) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0))
      const transfer = new DataTransfer()
      transfer.items.add(new File([bytes], 'exercise map.png', { type: 'image/png' }))
      const line = document.querySelector('.cm-line')!.getBoundingClientRect()
      document.querySelector('.cm-content')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, clientX: line.left + 5, clientY: line.top + 5, bubbles: true, cancelable: true }))
    }, png)
    await page.waitForFunction(() => (document.querySelector('.cm-content') as HTMLElement).innerText.includes('(assets/exercise-map-2.png)'))
    expect(existsSync(join(folder, 'assets', 'exercise-map-2.png'))).toBe(true)
    await context.close()
  })

  it('lists each problem with its line, and a click goes there', async () => {
    writeFileSync(join(folder, '80-problems.md'), [
      '---', 'title: Problems', 'audience: board', '---', '', '# No notes here', '', '---', '', '## Broken image', '', '![chart](missing/chart.png)', '',
      'Note: this slide has notes', '', '---', '', '## Far too long', '', ...Array.from({ length: 40 }, (_, i) => `- point ${i}`), '', 'Note: long', '',
      '---', '', '## Unclosed', '', '```js', 'const a = 1',
    ].join('\n'))
    const { context, page } = await openEditor('80-problems.md')
    await page.waitForFunction(() => document.querySelectorAll('.bd-lint-list li').length >= 5)
    await page.waitForFunction(() => document.querySelector('.bd-lint-list')?.textContent?.includes('overflows'))
    const items = await page.$$eval('.bd-lint-list li', (lis) => lis.map((li) => li.textContent))
    expect(items).toEqual(expect.arrayContaining([
      'Line 3: unknown front matter key `audience` (kept, not used)',
      'Line 5: slide 1 has no speaker notes',
      'Line 12: asset missing/chart.png not found',
      expect.stringMatching(/^Line 17: slide 3 \(“Far too long”\) overflows: its content is \d+ % of the slide's height/),
      'Line 67: code fence ``` opened here is never closed',
    ]))
    await page.locator('.bd-lint-list button', { hasText: 'asset missing/chart.png' }).click()
    await page.waitForFunction(() => document.querySelector('.cm-activeLineGutter')?.textContent === '12')
    await context.close()
  })

  it('creates a new deck from the template with a safe file name, and opens it', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(served.url)
    await page.fill('input[name="deck-name"]', 'Q4 Outlook: India/Japan')
    await page.click('button:has-text("New deck")')
    await page.waitForSelector('.cm-editor')
    expect(page.url()).toContain('#/edit/q4-outlook-india-japan.md')
    const text = readFileSync(join(folder, 'q4-outlook-india-japan.md'), 'utf8')
    expect(text).toContain('title: "Q4 Outlook: India/Japan"')
    expect(text).toContain('# Q4 Outlook: India/Japan')
    expect(text).toContain('Note:')
    await context.close()
  })
})

describe('the editor never loses work', () => {
  it('offers unsaved text back after the server is killed', async () => {
    const own = mkdtempSync(join(tmpdir(), 'briefdeck-recover-'))
    cpSync(join(ROOT, 'slides', '04-space.md'), join(own, 'space.md'))
    const first = await startServe(own, [], { XDG_CACHE_HOME: cache })
    const { context, page } = await openEditor('space.md', first)
    await clickLine(page, '## Why it is strategic')
    await page.keyboard.press('End')
    await page.keyboard.type(' — unsaved thought')
    await page.waitForTimeout(1500)
    await first.stop('SIGKILL')
    await context.close()
    const second = await startServe(own, [], { XDG_CACHE_HOME: cache })
    const reopened = await openEditor('space.md', second)
    await reopened.page.waitForSelector('.bd-recovery')
    await reopened.page.getByRole('button', { name: 'Restore them' }).click()
    expect(await editorText(reopened.page)).toContain('## Why it is strategic — unsaved thought')
    expect(readFileSync(join(own, 'space.md'), 'utf8')).not.toContain('unsaved thought')
    await reopened.context.close()
    await second.stop()
    rmSync(own, { recursive: true, force: true })
  })

  it('leaves the old or the new file, never a truncated one, when the server is killed mid-save (10 times)', async () => {
    const own = mkdtempSync(join(tmpdir(), 'briefdeck-killsave-'))
    const file = join(own, 'big.md')
    const texts = ['A', 'B', 'C'].map((mark) => `# ${mark}\n\n${`${mark} line of a large deck\n`.repeat(150_000)}`)
    writeFileSync(file, texts[0])
    const version = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)
    for (let round = 0; round < 10; round++) {
      const server = await startServe(own)
      const current = readFileSync(file, 'utf8')
      const next = texts[(texts.indexOf(current) + 1) % texts.length]
      const body = JSON.stringify({ path: 'big.md', text: next, baseVersion: version(current) })
      const saving = new Promise<void>((resolve) => {
        const req = httpRequest({ host: '127.0.0.1', port: server.port, path: '/api/deck.save', method: 'POST', headers: {
          Host: `127.0.0.1:${server.port}`, 'X-Briefdeck-Token': server.token, 'Content-Type': 'application/json',
        } }, (res) => res.resume().on('end', resolve))
        req.on('error', () => resolve())
        req.end(body)
      })
      await new Promise((resolve) => setTimeout(resolve, 5 + round * 12))
      await server.stop('SIGKILL')
      await saving
      const after = readFileSync(file, 'utf8')
      expect([current, next], `round ${round}: ${after.length} characters`).toContain(after)
    }
    rmSync(own, { recursive: true, force: true })
  })
})
