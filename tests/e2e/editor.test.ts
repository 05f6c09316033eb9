import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/browser'
import {
  type EditorBench, type OpenOptions, clickLine, editBothSides, editorText, openEditor, saveStatus, startEditorBench,
} from '../helpers/editor-page'
import { startServe } from '../helpers/serve'

let bench: EditorBench
let folder: string

beforeAll(async () => {
  bench = await startEditorBench()
  folder = bench.folder
})
afterAll(async () => {
  await bench?.stop()
})
const open = (deck: string, options?: OpenOptions) => openEditor(bench, deck, options)

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

describe('the editor', () => {
  it('updates the preview as you type, compiled in the page’s Web Worker, re-rendering only the changed slide', async () => {
    const workers: string[] = []
    const answered: string[] = []
    const { context, page } = await open('02-trade-deficit.md', {
      before: async (p) => {
        p.on('worker', (worker) => workers.push(worker.url()))
        p.on('response', (response) => {
          if (response.url().includes('/api/')) answered.push(new URL(response.url()).pathname)
        })
        // The server no longer compiles previews: were it asked, the preview would not update.
        await p.route('**/api/deck.preview', (route) => route.abort())
      },
    })
    expect(workers).toEqual([expect.stringMatching(/\/app\/compile-worker\.js$/)])
    // The deck's chart is drawn by the server before the preview opens, and its labels' characters
    // (→) then bring their fonts, so typing letters asks for nothing.
    await page.waitForSelector('.bd-preview-deck figure.bd-chart svg', { state: 'attached' })
    expect(answered.slice(answered.lastIndexOf('/api/deck.blocks'))).toContain('/api/deck.styles')
    const asked: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/api/')) asked.push(new URL(request.url()).pathname)
    })
    await page.evaluate(() => document.querySelectorAll('.bd-preview-deck .slides > section')[0].setAttribute('data-untouched', 'yes'))
    await clickLine(page, '## The China factor')
    await page.keyboard.press('End')
    await page.keyboard.type(' today')
    await page.waitForFunction(() => document.querySelector('.bd-preview-deck section.present h2')?.textContent === 'The China factor today')
    // Slide 1 was not re-rendered: our mark on it survived the update.
    expect(await page.evaluate(() => document.querySelectorAll('.bd-preview-deck .slides > section')[0].getAttribute('data-untouched'))).toBe('yes')
    expect(await page.isVisible('.bd-dirty')).toBe(true)
    // Letters the deck already has ask the server for nothing (the recovery file aside).
    expect(asked.filter((path) => path !== '/api/recovery.put')).toEqual([])
    // A character it lacks asks for the fonts that draw it, and only that.
    await page.keyboard.type(' 鉄')
    await page.waitForFunction(() => document.querySelector('.bd-preview-deck section.present h2')?.textContent === 'The China factor today 鉄')
    // The editor's own font may draw it first: wait for the preview's request, then check it is the only one.
    await expect.poll(() => asked.filter((path) => path !== '/api/recovery.put'), { timeout: 10_000 }).toEqual(['/api/deck.styles'])
    await page.waitForFunction(() => [...document.fonts].some((font) => font.family.replace(/["']/g, '') === 'Noto Sans JP' && font.status === 'loaded'))
    expect(asked.filter((path) => path !== '/api/recovery.put')).toEqual(['/api/deck.styles'])
    await context.close()
  })

  it('draws Hindi and Japanese in the source with the bundled Noto fonts, not the system’s', async () => {
    // A reveal.js theme: the deck's own CSS brings no Noto fonts, so only the editor's can draw these.
    writeFileSync(join(folder, '81-white.md'), '---\ntheme: white\n---\n# Scripts\n\nNote: typed below')
    const { context, page } = await open('81-white.md', { fresh: true })
    await page.locator('.cm-content').focus()
    await page.keyboard.press('Control+End')
    for (const text of ['', 'नमस्ते भारत', 'こんにちは日本']) {
      await page.keyboard.press('Enter')
      await page.keyboard.type(text)
    }
    await page.evaluate(() => document.fonts.ready)
    const cdp = await context.newCDPSession(page)
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    await cdp.send('DOM.getDocument')
    const fontsOf = async (text: string) => {
      const found = await cdp.send('Runtime.evaluate', { expression: `[...document.querySelectorAll('.cm-line')].find((line) => line.textContent === ${JSON.stringify(text)})` })
      const { nodeId } = await cdp.send('DOM.requestNode', { objectId: found.result.objectId as string })
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
      return fonts.map((font) => ({ family: font.familyName, custom: font.isCustomFont }))
    }
    // Every glyph from a bundled web font (a system font would say custom: false); the space between
    // the Hindi words comes from the monospace family, the Devanagari from Noto Sans, which covers it.
    // (Chromium names a font by its file's own name table: the JP files call themselves "Noto Sans JP Thin".)
    const bundled = /^Noto Sans( Mono| Devanagari| JP)?\b/
    const hindi = await fontsOf('नमस्ते भारत')
    expect(hindi.every((font) => font.custom && bundled.test(font.family)), JSON.stringify(hindi)).toBe(true)
    expect(hindi.map((font) => font.family)).toEqual(expect.arrayContaining([expect.stringMatching(/^Noto Sans( Devanagari)?$/)]))
    expect(await fontsOf('こんにちは日本')).toEqual([{ family: expect.stringMatching(/^Noto Sans JP\b/), custom: true }])
    await context.close()
  })

  it('follows the cursor in the preview, and a click on the preview moves the cursor to the slide’s source', async () => {
    const { context, page } = await open('04-space.md')
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
    const { context, page } = await open('05-bullet-train-and-rail.md')
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
    const { context, page } = await open('05-bullet-train-and-rail.md')
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
    const { context, page } = await open('02-trade-deficit.md', { before: dropDeckChanged })
    const file = join(folder, '02-trade-deficit.md')
    const theirs = await editBothSides(page, file, { line: '## The China factor', add: ' (mine)' }, { line: '## The China factor', add: ' (theirs)' })
    await page.keyboard.press('Control+s')
    await page.waitForSelector('.bd-conflict')
    expect(await saveStatus(page)).toBe('Conflict with the file on disk')
    expect(await page.isVisible('.bd-dirty')).toBe(true)
    expect(readFileSync(file, 'utf8')).toBe(theirs)
    await context.close()
  })

  it('reloads silently when the file changes on disk and the editor is clean', async () => {
    const { context, page } = await open('06-cultural-bonds.md')
    const file = join(folder, '06-cultural-bonds.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('## Deeper than the statistics', '## Deeper than any statistic'))
    await page.waitForFunction(() => (document.querySelector('.cm-content') as HTMLElement).innerText.includes('## Deeper than any statistic'))
    expect(await page.isVisible('.bd-conflict')).toBe(false)
    await context.close()
  })

  it('asks, showing the difference, when the file changes on disk while there are unsaved edits; Keep mine saves over it', async () => {
    const { context, page } = await open('07-strategic-implications.md')
    const file = join(folder, '07-strategic-implications.md')
    const theirs = await editBothSides(page, file, { line: '## Squeezed from two sides', add: ' (mine)' }, { line: '## Squeezed from two sides', add: ' (theirs)' })
    await page.waitForSelector('.bd-conflict')
    // The merge view: the disk's line above the author's, in the editor.
    expect(await page.textContent('.cm-deletedChunk')).toContain('## Squeezed from two sides (theirs)')
    expect(await page.textContent('.cm-changedLine')).toContain('## Squeezed from two sides (mine)')
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
    const { context, page } = await open('01-overview.md')
    await clickLine(page, '## Two days in Japan')
    await page.keyboard.press('End')
    await page.keyboard.type(' (draft)')
    const file = join(folder, '01-overview.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('## Two days in Japan', '## Two days in Tokyo'))
    await page.waitForSelector('.bd-conflict')
    await page.getByRole('button', { name: 'Take theirs (discard my edits)' }).click()
    expect(await editorText(page)).toContain('## Two days in Tokyo')
    expect(await editorText(page)).not.toContain('(draft)')
    expect(await page.locator('.cm-deletedChunk').count()).toBe(0)
    expect(await saveStatus(page)).toBe('')
    await context.close()
  })

  it('copies a pasted or dropped image into the deck’s assets folder and links it', async () => {
    const { context, page } = await open('03-military-convergence.md')
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
    // The worker's compile asked the server where the new image is: the preview shows it from the served folder.
    await page.waitForFunction(() => {
      const image = document.querySelector<HTMLImageElement>('.bd-preview-deck section.present img[alt="exercise map"]')
      return image !== null && /\/files\/[^/]+\/assets\/exercise-map\.png$/.test(image.src) && image.complete && image.naturalWidth > 0
    })
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

  it('creates a new deck from the template with a safe file name, and opens it', async () => {
    const context = await bench.browser.newContext()
    const page = await context.newPage()
    await page.goto(bench.served.url)
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
    const first = await startServe(own, [], { XDG_CACHE_HOME: bench.cache })
    const { context, page } = await open('space.md', { server: first })
    await clickLine(page, '## Why it is strategic')
    await page.keyboard.press('End')
    await page.keyboard.type(' — unsaved thought')
    await page.waitForTimeout(1500)
    await first.stop('SIGKILL')
    await context.close()
    const second = await startServe(own, [], { XDG_CACHE_HOME: bench.cache })
    const reopened = await open('space.md', { server: second })
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
