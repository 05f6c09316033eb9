import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BIN, ROOT, startBrowser } from '../helpers/browser'
import { pdfInfo, pdfOutline, pdfText } from '../helpers/pdf'
import { readPptx } from '../helpers/pptx'
import { type Served, startServe } from '../helpers/serve'

/**
 * The briefing engine end to end (tests/fixtures/decks/briefing-engine: a folder marked INTERNAL in
 * briefing.yml, one CONFIDENTIAL slide, principal-only content, notes, backup slides): markings on
 * every page, cuts that leave nothing behind, backup slides out of the talk's way.
 */
const FIXTURE = join(ROOT, 'tests/fixtures/decks/briefing-engine')
const SECRETS = ['Principal-slide-bravo', 'principal-notes-charlie', 'Principal-block-delta', 'speaker-note-alpha', 'mixed-notes-echo', 'Principal eyes only']

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-engine-'))
  cpSync(FIXTURE, join(dir, 'book'), { recursive: true })
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function briefdeck(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const pages = (file: string): string[] => Array.from({ length: Number(pdfInfo(file).Pages) }, (_, i) => pdfText(file, i + 1))

describe('markings', () => {
  it.each([['slides', []], ['handout', ['--layout', 'handout']], ['per-page 3', ['--per-page', '3']]])('marks every page of a %s export, and the metadata', (name, flags) => {
    const out = join(dir, `marked-${name.replace(' ', '-')}.pdf`)
    const run = briefdeck(['export', join(dir, 'book', '01-situation.md'), '-o', out, ...flags])
    expect(run.code, run.stderr).toBe(0)
    for (const [i, text] of pages(out).entries()) expect(text, `page ${i + 1}`).toMatch(/INTERNAL|CONFIDENTIAL/)
    expect(pdfText(out)).toContain('v2.1 · BRF-0042 · CONFIDENTIAL')
    expect(pdfInfo(out)).toMatchObject({ Subject: expect.stringMatching(/^CONFIDENTIAL — /), Keywords: expect.stringContaining('CONFIDENTIAL') })
  })

  it('puts the book’s overall marking on its cover and every page, contents included', () => {
    const out = join(dir, 'book.pdf')
    const run = briefdeck(['export', join(dir, 'book'), '-o', out])
    expect(run.code, run.stderr).toBe(0)
    const all = pages(out)
    expect(all[0]).toContain('CONFIDENTIAL')
    expect(all[0]).toContain('BRF-0042 · version 2.1')
    expect(all[1]).toContain('Contents')
    for (const [i, text] of all.entries()) expect(text, `page ${i + 1}`).toMatch(/INTERNAL|CONFIDENTIAL/)
  })

  it('makes an unmarked slide an error with --require-markings, naming its line', () => {
    const out = join(dir, 'plain.html')
    const plain = join(dir, 'plain.md')
    writeFileSync(plain, '# One\n\n---\n\n## Two\n')
    const run = briefdeck(['build', plain, '-o', out, '--require-markings'])
    expect(run.code).toBe(65)
    expect(run.stderr).toMatch(/plain\.md:1: error: this slide has no marking/)
    expect(run.stderr).toMatch(/plain\.md:4: error: this slide has no marking/)
  })
})

describe('audience variants', () => {
  it('leaves other audiences’ slides and blocks and all notes out of the PDF text, its outline and the HTML bytes, and says so', async () => {
    const pdf = join(dir, 'public.pdf')
    const exported = briefdeck(['export', join(dir, 'book', '01-situation.md'), '-o', pdf, '--audience', 'public', '--no-notes', '--layout', 'handout', '--json'])
    expect(exported.code, exported.stderr).toBe(0)
    const text = pdfText(pdf)
    for (const secret of SECRETS) expect(text).not.toContain(secret)
    expect(text).toContain('Everyone reads this line')
    expect(JSON.stringify(await pdfOutline(pdf))).not.toContain('Principal')
    const removals = JSON.parse(exported.stdout).removals as Array<{ kind: string; line: number }>
    expect(removals.map((r) => [r.kind, r.line])).toEqual([['notes', 9], ['slide', 12], ['block', 27], ['notes', 29]])
    expect(exported.stderr).toContain('removed 1 slide, 1 block, notes from 2 slides for audience `public`')

    const html = join(dir, 'public.html')
    const built = briefdeck(['build', join(dir, 'book', '01-situation.md'), '-o', html, '--audience', 'public', '--no-notes'])
    expect(built.code, built.stderr).toBe(0)
    const bytes = readFileSync(html, 'utf8')
    for (const secret of SECRETS) expect(bytes).not.toContain(secret)
    expect(bytes).not.toContain('data-audience')
    expect(built.stderr).toMatch(/01-situation\.md:27: removed block: Principal-block-delta/)
  })

  it('keeps everything in the author’s whole deck', () => {
    const html = join(dir, 'full.html')
    expect(briefdeck(['build', join(dir, 'book', '01-situation.md'), '-o', html]).code).toBe(0)
    const bytes = readFileSync(html, 'utf8')
    for (const secret of SECRETS) expect(bytes).toContain(secret)
  })
})

describe('PowerPoint', () => {
  it('banners every slide with its marking, and a cut leaves the other audiences and the notes out of the file', async () => {
    const out = join(dir, 'public.pptx')
    const run = briefdeck(['export', join(dir, 'book', '01-situation.md'), '-o', out, '--audience', 'public', '--no-notes'])
    expect(run.code, run.stderr).toBe(0)
    const bytes = readFileSync(out)
    const deck = await readPptx(bytes)
    expect(deck.slides.length).toBeGreaterThan(1)
    for (const slide of deck.slides) {
      const banners = slide.shapes.filter((shape) => shape.name.startsWith('Marking ')).map((shape) => shape.paragraphs.map((p) => p.text).join(''))
      expect(banners, slide.path).toHaveLength(2)
      expect(banners[0], slide.path).toMatch(/^(INTERNAL|CONFIDENTIAL)$/)
    }
    // Every part of the file, not only what a reader shows: nothing of the cut is left anywhere.
    const zip = await JSZip.loadAsync(bytes)
    const everything = (await Promise.all(Object.values(zip.files).map((file) => file.async('string')))).join('\n')
    for (const secret of SECRETS) expect(everything).not.toContain(secret)
    expect(everything).toContain('Everyone reads this line')
  })
})

describe('backup slides', () => {
  it('come last in the PDF under a Backup heading and bookmark, numbered B1…, and --no-backup leaves them out', async () => {
    const out = join(dir, 'backup.pdf')
    expect(briefdeck(['export', join(dir, 'book', '01-situation.md'), '-o', out]).code).toBe(0)
    const all = pages(out)
    expect(all.at(-2)).toContain('Backup slides')
    expect(all.at(-1)).toContain('Backup-foxtrot')
    expect(JSON.stringify(await pdfOutline(out))).toContain('B1. Spare figures')
    const cut = join(dir, 'nobackup.pdf')
    const run = briefdeck(['export', join(dir, 'book', '01-situation.md'), '-o', cut, '--no-backup'])
    expect(run.code, run.stderr).toBe(0)
    expect(pdfText(cut)).not.toContain('Backup-foxtrot')
    expect(run.stderr).toContain('removed 1 backup slide')
  })

  describe('in the room', () => {
    let served: Served
    let browser: Browser
    beforeAll(async () => {
      served = await startServe(join(dir, 'book'))
      browser = await startBrowser()
    })
    afterAll(async () => {
      await browser?.close()
      await served?.stop()
    })

    const open = async (hash: string): Promise<Page> => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
      await page.goto(served.url)
      await page.waitForSelector('.bd-card')
      await page.goto(`${served.origin}/${hash}`)
      await page.waitForSelector('#bd-root[data-ready]', { state: 'attached' })
      return page
    }

    it('are skipped by →, left out of “n of N”, reachable from the jump palette, and marked in every view', async () => {
      const presenter = await open('#/presenter/01-situation.md')
      const audience = await open('#/present/01-situation.md')
      const title = (page: Page) => page.evaluate(() => document.querySelector('.bd-audience .slides section.present h1, .bd-audience .slides section.present h2')?.textContent)
      for (let i = 0; i < 8; i++) await audience.keyboard.press('ArrowRight')
      await audience.waitForFunction(() => document.querySelector('.bd-audience section.present h2')?.textContent === 'Close')
      await audience.waitForTimeout(300)
      expect(await title(audience)).toBe('Close')
      expect(await audience.textContent('.bd-audience .bd-marking-top')).toBe('INTERNAL')
      await presenter.bringToFront()
      await presenter.waitForFunction(() => /^Slide 4 of 4/.test(document.querySelector('.bd-counter')?.textContent ?? ''))
      await presenter.keyboard.press('g')
      await presenter.keyboard.type('Spare')
      await presenter.waitForSelector('.bd-jump-number')
      expect(await presenter.textContent('.bd-jump-number')).toBe('B1')
      await presenter.keyboard.press('Enter')
      await presenter.waitForFunction(() => document.querySelector('.bd-counter')?.textContent?.startsWith('Backup B1'))
      await audience.waitForFunction(() => document.querySelector('.bd-audience section.present h2')?.textContent === 'Spare figures')
      await presenter.close()
      await audience.close()
    })

    it('never hands out a deck’s source while presenting a cut: no editing, no source files', async () => {
      const cut = await startServe(join(dir, 'book'), ['--audience', 'public', '--no-notes'])
      try {
        const call = async (channel: string, body: unknown) => {
          const response = await fetch(`${cut.origin}/api/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Briefdeck-Token': cut.token }, body: JSON.stringify(body) })
          return (await response.json()) as { ok: boolean; value?: { sectionsHtml?: string }; error?: { code: string; message: string } }
        }
        const opened = await call('deck.open', { path: '01-situation.md' })
        expect(opened.ok).toBe(true)
        for (const secret of SECRETS) expect(JSON.stringify(opened.value)).not.toContain(secret)
        for (const [channel, body] of [['deck.read', { path: '01-situation.md' }], ['deck.preview', { path: '01-situation.md', text: '# x', knownCssHash: null }], ['deck.save', { path: '01-situation.md', text: '# x', baseVersion: null }], ['recovery.get', { path: '01-situation.md' }]] as const) {
          const reply = await call(channel, body)
          expect(reply.ok, channel).toBe(false)
          expect(reply.error?.message, channel).toContain('editing is off while presenting the cut for audience `public` without notes')
        }
        writeFileSync(join(dir, 'book', 'pixel.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'))
        writeFileSync(join(dir, 'book', 'key.md'), '![x](pixel.png)')
        const key = /\/files\/([0-9a-f]+)\//.exec((await call('deck.open', { path: 'key.md' })).value?.sectionsHtml ?? '')?.[1]
        expect(key).toBeTruthy()
        expect((await fetch(`${cut.origin}/files/${key}/pixel.png`)).status).toBe(200)
        for (const name of ['01-situation.md', 'briefing.yml']) expect((await fetch(`${cut.origin}/files/${key}/${name}`)).status, name).toBe(404)
      } finally {
        await cut.stop()
      }
    })

    it('takes End to the talk’s last slide, not the last backup slide', async () => {
      const audience = await open('#/present/01-situation.md')
      // The room is where the last test left it (B1): from a backup slide End stays among them.
      await audience.keyboard.press('Home')
      await audience.waitForFunction(() => document.querySelector('.bd-audience section.present h1')?.textContent === 'Situation')
      await audience.keyboard.press('End')
      await audience.waitForFunction(() => document.querySelector('.bd-audience section.present h2')?.textContent === 'Close')
      await audience.close()
    })
  })
})
