import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HTTP_WIRE } from '../../renderer/core/api/contract'
import { ROOT, startBrowser } from '../helpers/browser'
import { type Served, startServe } from '../helpers/serve'

/**
 * Presenting as a briefer does it, in browser mode: an audience page (the projector) and a presenter
 * page (the laptop), driven with the keys and buttons people use.
 */
let browser: Browser
let folder: string
let state: string
let served: Served

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'briefdeck-presenting-'))
  state = mkdtempSync(join(tmpdir(), 'briefdeck-state-'))
  cpSync(join(ROOT, 'slides'), folder, { recursive: true })
  // Six slides with known titles, notes on each, slide 3 built in three fragments, slide 2 timed.
  cpSync(join(ROOT, 'tests/fixtures/decks/presenting/rehearse.md'), join(folder, 'rehearse.md'))
  // Slides below slides (reveal.js's vertical stacks).
  cpSync(join(ROOT, 'tests/fixtures/decks/presenting/stack.md'), join(folder, 'stack.md'))
  // Sixty slides, for the overview grid.
  writeFileSync(join(folder, 'sixty.md'), Array.from({ length: 60 }, (_, i) => `## Slide ${i + 1}\n\nPoint ${i + 1}.`).join('\n\n---\n\n'))
  // The same deck again, for the tests that edit it mid-talk.
  cpSync(join(ROOT, 'tests/fixtures/decks/presenting/rehearse.md'), join(folder, 'live.md'))
  // A code block and inline code, for the highlighter that only such decks load.
  writeFileSync(join(folder, 'code.md'), '## Code\n\nRun `npm test`:\n\n```js\nconst answer = 42\n```')
  served = await startServe(folder, [], { XDG_STATE_HOME: state })
  browser = await startBrowser()
})
afterAll(async () => {
  await browser?.close()
  await served?.stop()
  rmSync(folder, { recursive: true, force: true })
  rmSync(state, { recursive: true, force: true })
})

async function signedIn(viewport = { width: 1280, height: 800 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  await page.goto(served.url)
  await page.waitForSelector('.bd-card')
  return { context, page }
}

async function open(context: BrowserContext, hash: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${served.origin}/${hash}`)
  await page.waitForSelector('#bd-root[data-ready]', { state: 'attached' })
  return page
}

const title = (page: Page, scope = '.bd-audience') =>
  page.evaluate((s) => document.querySelector(`${s} .slides section.present:not(.stack)`)?.querySelector('h1, h2, h3')?.textContent ?? '', scope)
const waitTitle = (page: Page, text: string, scope = '.bd-audience') =>
  page.waitForFunction(([s, t]) => document.querySelector(`${s} .slides section.present:not(.stack)`)?.querySelector('h1, h2, h3')?.textContent === t, [scope, text] as const)

/** The server's presentation of a deck, asked as the app asks it (POST /api/<channel>, token header). */
async function presentation(path: string): Promise<{ audience: { h: number } }> {
  const response = await fetch(`${served.origin}/api/presentation.get`, {
    method: 'POST', headers: { 'content-type': 'application/json', [HTTP_WIRE.tokenHeader]: served.token }, body: JSON.stringify({ path }),
  })
  return ((await response.json()) as { value: { audience: { h: number } } }).value
}

/** Views of a deck share its position, and the tests share the deck: each starts from slide 1. */
async function fromTheTop(presenter: Page): Promise<void> {
  await presenter.keyboard.press('Home')
  await presenter.waitForFunction(() => /^Slide 1 of/.test(document.querySelector('.bd-counter')?.textContent ?? ''))
}

/** A presenter on the first slide and the room's audience view of the same deck, the presenter's window in front. */
async function presenterAndRoom(deck: string, viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; presenter: Page; audience: Page }> {
  const { context } = await signedIn(viewport)
  const presenter = await open(context, `#/presenter/${deck}`)
  await fromTheTop(presenter)
  const audience = await open(context, `#/present/${deck}`)
  await presenter.bringToFront()
  return { context, presenter, audience }
}

describe('presenting in the room', () => {
  it('loads what the room needs only: never the editor, and reveal.js\'s highlighter only for a deck with code blocks', async () => {
    const { context } = await signedIn()
    const loaded = async (hash: string): Promise<{ scripts: string[]; page: Page }> => {
      const page = await context.newPage()
      const scripts: string[] = []
      page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname))
      await page.goto(`${served.origin}/${hash}`)
      await page.waitForSelector('#bd-root[data-ready]', { state: 'attached' })
      return { scripts, page }
    }
    const plain = await loaded('#/present/sixty.md')
    expect(plain.scripts).toContain('/app/app.js')
    expect(plain.scripts.some((path) => /\/app\/part-present-view-\w+\.js$/.test(path))).toBe(true)
    expect(plain.scripts.filter((path) => /part-(editor-view|highlight|library-view)-/.test(path))).toEqual([])
    const code = await loaded('#/present/code.md')
    expect(code.scripts.some((path) => /\/app\/part-highlight-\w+\.js$/.test(path))).toBe(true)
    expect(code.scripts.filter((path) => /part-editor-view-/.test(path))).toEqual([])
    // Highlighted as before: highlight.js's spans in the block, in the deck's colours.
    await code.page.waitForSelector('.bd-audience pre code.hljs .hljs-keyword')
    // A deck shown without code that gains a block while open loads the highlighter then.
    const file = join(folder, 'sixty.md')
    const original = readFileSync(file, 'utf8')
    try {
      writeFileSync(file, original.replace('Point 1.', 'Point 1.\n\n```js\nlet added = true\n```'))
      await plain.page.waitForSelector('.bd-audience pre code.hljs .hljs-keyword')
      expect(plain.scripts.some((path) => /\/app\/part-highlight-\w+\.js$/.test(path))).toBe(true)
      // A second block, now that the highlighter runs: highlighted and wrapped as a fresh view's.
      writeFileSync(file, original.replace('Point 1.', 'Point 1.\n\n```js\nlet added = true\n```').replace('Point 2.', 'Point 2.\n\n```js\nconst second = 2\n```'))
      await plain.page.waitForFunction(() => document.querySelectorAll('.bd-audience pre.code-wrapper code.hljs .hljs-keyword').length === 2)
    } finally {
      writeFileSync(file, original)
    }
    await context.close()
  })

  it('reloads an open audience view after each of ten saves by rename and ten in place', async () => {
    const { context } = await signedIn()
    const audience = await open(context, '#/present/04-space.md')
    const file = join(folder, '04-space.md')
    const original = readFileSync(file, 'utf8')
    const heading = /^# .*$/m.exec(original)![0]
    for (let i = 1; i <= 20; i++) {
      const text = original.replace(heading, `# Space, save ${i}`)
      if (i <= 10) {
        // As editors save atomically: a temporary file renamed over the deck.
        writeFileSync(join(folder, `.04-space.md.${i}.tmp`), text)
        renameSync(join(folder, `.04-space.md.${i}.tmp`), file)
      } else {
        writeFileSync(file, text)
      }
      await waitTitle(audience, `Space, save ${i}`)
    }
    writeFileSync(file, original)
    await context.close()
  })

  it('blacks, whitens and freezes the room from the presenter, and always shows what the room sees', async () => {
    const { context, presenter, audience } = await presenterAndRoom('rehearse.md')
    const screen = () => audience.evaluate(() => document.querySelector<HTMLElement>('.bd-screen')!.dataset.screen)
    await presenter.keyboard.press('b')
    await audience.waitForFunction(() => document.querySelector<HTMLElement>('.bd-screen')!.dataset.screen === 'black')
    expect(await presenter.textContent('.bd-room')).toBe('Audience: black screen')
    await presenter.keyboard.press('w')
    await audience.waitForFunction(() => document.querySelector<HTMLElement>('.bd-screen')!.dataset.screen === 'white')
    await presenter.keyboard.press('w')
    await audience.waitForFunction(() => document.querySelector<HTMLElement>('.bd-screen')!.dataset.screen === 'slides')
    expect(await screen()).toBe('slides')
    // Freeze: the presenter browses ahead, the room stays; Show brings the room to the presenter.
    await presenter.keyboard.press('ArrowRight')
    await waitTitle(audience, 'Why now')
    await presenter.keyboard.press('z')
    // Slide 3 builds in three steps: five presses reach slide 4.
    for (let i = 0; i < 5; i++) await presenter.keyboard.press('ArrowRight')
    await waitTitle(presenter, 'What was signed', '.bd-current-deck')
    await presenter.waitForFunction(() => document.querySelector('.bd-room')?.textContent === 'Audience frozen on slide 2')
    expect(await presenter.isVisible('.bd-mirror .bd-thumbnail')).toBe(true)
    expect(await title(audience)).toBe('Why now')
    await presenter.getByRole('button', { name: 'Show', exact: true }).click()
    await waitTitle(audience, 'What was signed')
    expect(await presenter.textContent('.bd-room')).toBe('Audience: live')
    await context.close()
  })

  it('shows the presenter the room’s own fragment step while frozen, and says when the room sees the overview', async () => {
    const { context, presenter, audience } = await presenterAndRoom('rehearse.md')
    // Slide 3, its first step shown to the room; then frozen while the presenter builds the rest.
    for (let i = 0; i < 3; i++) await presenter.keyboard.press('ArrowRight')
    await audience.waitForFunction(() => document.querySelectorAll('.bd-audience section.present .fragment.visible').length === 1)
    await presenter.keyboard.press('z')
    await presenter.keyboard.press('ArrowRight')
    await presenter.keyboard.press('ArrowRight')
    await presenter.waitForFunction(() => document.querySelector('.bd-counter')?.textContent === 'Slide 3 of 6 · step 4 of 4')
    // The still of the room's slide: one of its three fragments shown, two hidden. (Polled: this
    // window's own moves are answered by the server one by one, and the last answer is the truth.)
    const mirrored = () => presenter.waitForFunction(() => {
      const root = document.querySelector('.bd-mirror:not([hidden]) .bd-thumbnail')?.shadowRoot
      return root?.querySelectorAll('.fragment').length === 3 && root.querySelectorAll('.fragment.bd-fragment-hidden').length === 2
    })
    await mirrored()
    await presenter.keyboard.press('ArrowRight')
    await waitTitle(presenter, 'What was signed', '.bd-current-deck')
    await mirrored()
    expect(await audience.evaluate(() => document.querySelectorAll('.bd-audience section.present .fragment.visible').length)).toBe(1)
    await presenter.keyboard.press('z')
    await waitTitle(audience, 'What was signed')
    await presenter.waitForSelector('.bd-mirror[hidden]', { state: 'attached' })
    // O on the projector opens the overview there: the presenter's bar says so.
    await audience.bringToFront()
    await audience.keyboard.press('o')
    await presenter.waitForFunction(() => document.querySelector('.bd-room')?.textContent === 'Audience: overview')
    await audience.keyboard.press('o')
    await presenter.waitForFunction(() => document.querySelector('.bd-room')?.textContent === 'Audience: live')
    await context.close()
  })

  it('starts pacing where the talk timer started: right after the first click the talk is on time', async () => {
    const { context } = await signedIn()
    const presenter = await open(context, '#/presenter/rehearse.md')
    await fromTheTop(presenter)
    await presenter.getByRole('button', { name: 'Reset', exact: true }).click()
    await presenter.waitForFunction(() => document.querySelector('.bd-elapsed')?.textContent === '0:00')
    await presenter.keyboard.press('ArrowRight')
    await presenter.waitForFunction(() => document.querySelector('.bd-elapsed')?.getAttribute('data-running') === 'true')
    // Slide 1's minute was never on the clock: the plan counts from slide 2.
    await presenter.waitForFunction(() => document.querySelector('.bd-pace')?.textContent !== '')
    expect(await presenter.textContent('.bd-pace')).toBe('on time')
    await presenter.getByRole('button', { name: 'Reset', exact: true }).click()
    await context.close()
  })

  it('presents from the first slide after a rehearsal ended on slide 4, and resumes only when asked', async () => {
    const { context, page } = await signedIn()
    const presenter = await open(context, '#/presenter/rehearse.md')
    await fromTheTop(presenter)
    for (let i = 0; i < 6; i++) await presenter.keyboard.press('ArrowRight')
    await presenter.waitForFunction(() => /^Slide 4 of/.test(document.querySelector('.bd-counter')?.textContent ?? ''))
    await presenter.close()
    await page.reload()
    const card = page.locator('.bd-card[data-path="rehearse.md"]')
    await card.getByRole('button', { name: 'Resume', exact: true }).waitFor()
    await card.getByRole('button', { name: 'Present', exact: true }).click()
    await page.waitForSelector('#bd-root[data-ready="present"]', { state: 'attached' })
    expect(await title(page)).toBe('Opening')
    // Resume continues from where the talk is now; a deck never presented offers no Resume.
    await page.keyboard.press('ArrowRight')
    await waitTitle(page, 'Why now')
    // The move reaches the server before the briefer goes back to the library.
    await expect.poll(async () => (await presentation('rehearse.md')).audience.h).toBe(1)
    await page.goto(`${served.origin}/#/`)
    await page.waitForSelector('#bd-root[data-ready="library"]', { state: 'attached' })
    expect(await page.locator('.bd-card[data-path="07-strategic-implications.md"]').getByRole('button', { name: 'Resume', exact: true }).isHidden()).toBe(true)
    await page.locator('.bd-card[data-path="rehearse.md"]').getByRole('button', { name: 'Resume', exact: true }).click()
    await page.waitForSelector('#bd-root[data-ready="present"]', { state: 'attached' })
    expect(await title(page)).toBe('Why now')
    await context.close()
  })

  it('starts the talk timer on the first advance, not on opening, and keeps it through a reload', async () => {
    const { context } = await signedIn()
    const presenter = await open(context, '#/presenter/06-cultural-bonds.md')
    await presenter.waitForTimeout(1500)
    expect(await presenter.textContent('.bd-elapsed')).toBe('0:00')
    await presenter.keyboard.press('ArrowRight')
    await presenter.waitForFunction(() => document.querySelector('.bd-elapsed')?.textContent === '0:02', null, { timeout: 10_000 })
    await presenter.reload()
    await presenter.waitForSelector('#bd-root[data-ready]', { state: 'attached' })
    const after = await presenter.textContent('.bd-elapsed')
    expect(['0:02', '0:03', '0:04']).toContain(after)
    await presenter.getByRole('button', { name: 'Reset', exact: true }).click()
    await presenter.waitForFunction(() => document.querySelector('.bd-elapsed')?.textContent === '0:00')
    expect(await presenter.getAttribute('.bd-elapsed', 'data-running')).toBe('false')
    await context.close()
  })

  it('jumps to a slide found by its words, and back to where the presenter was, with the audience never seeing the search', async () => {
    const { context, presenter, audience } = await presenterAndRoom('rehearse.md')
    await presenter.keyboard.press('ArrowRight')
    await waitTitle(presenter, 'Why now', '.bd-current-deck')
    await presenter.keyboard.press('Control+k')
    await presenter.keyboard.type('china')
    await presenter.keyboard.press('Enter')
    await waitTitle(presenter, 'The China factor', '.bd-current-deck')
    await waitTitle(audience, 'The China factor')
    expect(await audience.locator('.bd-jump').count()).toBe(0)
    await presenter.keyboard.press('Backspace')
    await waitTitle(presenter, 'Why now', '.bd-current-deck')
    await waitTitle(audience, 'Why now')
    await context.close()
  })

  it('closes the jump palette with Esc, its close button or a click outside it, and moves nobody while it is open', async () => {
    const { context, presenter, audience } = await presenterAndRoom('rehearse.md')
    const closed = () => presenter.waitForSelector('.bd-jump-backdrop[hidden]', { state: 'attached' })
    await presenter.keyboard.press('g')
    await presenter.mouse.click(300, 650)
    await closed()
    // Clicked inside the box, away from the field: the keys are still the palette's.
    await presenter.keyboard.press('g')
    await presenter.click('.bd-jump', { position: { x: 8, y: 8 } })
    await presenter.keyboard.press('ArrowRight')
    await presenter.keyboard.press('Escape')
    await closed()
    // The palette lost the keyboard: → is held, Esc still closes it.
    await presenter.keyboard.press('g')
    await presenter.evaluate(() => (document.activeElement as HTMLElement).blur())
    await presenter.keyboard.press('ArrowRight')
    await presenter.keyboard.press('Escape')
    await closed()
    await presenter.keyboard.press('g')
    await presenter.getByRole('button', { name: 'Close', exact: true }).click()
    await closed()
    // Nothing above moved the room: the next → is slide 2.
    await presenter.keyboard.press('ArrowRight')
    await waitTitle(audience, 'Why now')
    expect(await presenter.textContent('.bd-counter')).toBe('Slide 2 of 6')
    await context.close()
  })

  it('goes back to where the presenter was before any jump (a number, the grid), and next and previous are not jumps', async () => {
    const { context } = await signedIn()
    const presenter = await open(context, '#/presenter/rehearse.md')
    await fromTheTop(presenter)
    const counter = (n: number) => presenter.waitForFunction((t) => document.querySelector('.bd-counter')?.textContent?.startsWith(t), `Slide ${n} of 6`)
    await presenter.keyboard.type('5')
    await presenter.keyboard.press('Enter')
    await counter(5)
    await presenter.keyboard.press('ArrowRight')
    await counter(6)
    await presenter.keyboard.press('Backspace')
    await counter(1)
    await presenter.keyboard.press('o')
    await presenter.click('.bd-tile[data-index="3"]')
    await counter(4)
    await presenter.keyboard.press('Backspace')
    await counter(1)
    await context.close()
  })

  it('scrolls the grid to the current slide, moves in it with the arrows and goes with Enter, never moving the room meanwhile', async () => {
    const { context, presenter, audience } = await presenterAndRoom('sixty.md', { width: 1280, height: 720 })
    await presenter.keyboard.type('42')
    await presenter.keyboard.press('Enter')
    await waitTitle(audience, 'Slide 42')
    await presenter.keyboard.press('o')
    await presenter.waitForSelector('.bd-grid:not([hidden]) .bd-tile-current[data-index="41"]')
    await presenter.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    const seen = await presenter.evaluate(() => {
      const grid = document.querySelector('.bd-grid')!.getBoundingClientRect()
      const tile = document.querySelector('.bd-tile-current')!.getBoundingClientRect()
      return tile.top >= grid.top && tile.bottom <= grid.bottom
    })
    expect(seen).toBe(true)
    await presenter.keyboard.press('ArrowRight')
    await presenter.keyboard.press('ArrowDown')
    await presenter.keyboard.press('PageDown')
    const focused = await presenter.evaluate(() => [document.activeElement?.getAttribute('data-index'), document.querySelectorAll('.bd-grid .bd-tile').length])
    const columns = await presenter.evaluate(() => { const all = [...document.querySelectorAll<HTMLElement>('.bd-tile')]; return all.filter((t) => t.offsetTop === all[0].offsetTop).length })
    expect(focused).toEqual([String(42 + columns), 60])
    expect(await title(audience)).toBe('Slide 42')
    await presenter.keyboard.press('Enter')
    await waitTitle(audience, `Slide ${43 + columns}`)
    await presenter.waitForSelector('.bd-grid[hidden]', { state: 'attached' })
    await context.close()
  })

  it('rehearses from slide 1 on both screens, records each slide’s time, keeps it beside the app’s state, and shows it in the report', async () => {
    const { context, presenter, audience } = await presenterAndRoom('rehearse.md')
    // Rehearse is pressed from slide 4: the presenter and the room both start again from slide 1.
    for (let i = 0; i < 6; i++) await presenter.keyboard.press('ArrowRight')
    await waitTitle(audience, 'What was signed')
    await presenter.getByRole('button', { name: 'Rehearse', exact: true }).click()
    await presenter.waitForFunction(() => /^Slide 1 of/.test(document.querySelector('.bd-counter')?.textContent ?? ''))
    await waitTitle(audience, 'Opening')
    await presenter.waitForTimeout(1100)
    await presenter.keyboard.press('ArrowRight')
    await waitTitle(audience, 'Why now')
    await presenter.waitForTimeout(1100)
    await presenter.getByRole('button', { name: 'End rehearsal', exact: true }).click()
    await presenter.waitForFunction(() => document.querySelector('.bd-hint')?.textContent?.startsWith('Rehearsal kept'))
    const files = readdirSync(join(state, 'briefdeck', 'rehearsals'))
    expect(files).toHaveLength(1)
    const saved = JSON.parse(readFileSync(join(state, 'briefdeck', 'rehearsals', files[0]), 'utf8')) as { runs: Array<{ seconds: Record<string, number> }> }
    // Slides 1 and 2 were shown, each for a little over a second; no other slide was.
    expect(Object.keys(saved.runs[0].seconds)).toEqual(['0', '1'])
    expect(saved.runs[0].seconds[0]).toBeGreaterThan(1)
    expect(saved.runs[0].seconds[1]).toBeGreaterThan(1)
    const report = await context.newPage()
    await report.goto(`${served.origin}/#/rehearsal/rehearse.md`)
    await report.waitForSelector('.bd-report-table')
    expect(await report.textContent('.bd-report-summary')).toContain('1 rehearsal kept')
    expect(await report.locator('.bd-report-table tbody tr').first().locator('td').nth(3).textContent()).toMatch(/^0:0[1-3]$/)
    // Slide 3 was not shown in this rehearsal: no time, rather than 0:00.
    expect(await report.locator('.bd-report-table tbody tr').nth(2).locator('td').nth(3).textContent()).toBe('—')
    await report.getByRole('button', { name: 'Export PDF' }).click()
    await report.waitForSelector('a[download]')
    await context.close()
  })

  it('walks every slide in reading order with → (a clicker’s forward button), slides below included, on both screens', async () => {
    const { context, presenter, audience } = await presenterAndRoom('stack.md')
    await presenter.keyboard.press('Home')
    await waitTitle(audience, 'Top')
    for (const next of ['Section A', 'A.1 below', 'A.2 below', 'Section B']) {
      await presenter.keyboard.press('ArrowRight')
      await waitTitle(presenter, next, '.bd-current-deck')
      await waitTitle(audience, next)
    }
    // A clicker on the projector's laptop sends → to the audience view.
    await audience.bringToFront()
    await audience.keyboard.press('ArrowRight')
    await waitTitle(audience, 'B.1 below')
    await waitTitle(presenter, 'B.1 below', '.bd-current-deck')
    await audience.keyboard.press('ArrowLeft')
    await waitTitle(audience, 'Section B')
    await context.close()
  })

  it('draws a rehearsal report a briefer can read: a legend, labels clear of the bars, a legible way back', async () => {
    const long = 'The strategic implications of the partnership for the region and beyond, in one slide'
    writeFileSync(join(folder, 'long-titles.md'), `---\nduration: 5m\n---\n\n## ${long}\n\n---\n\n## Short\n\n---\n\n## ${long}, again`)
    const { context } = await signedIn()
    const report = await open(context, '#/rehearsal/long-titles.md')
    await report.waitForSelector('.bd-report-chart')
    expect(await report.textContent('.bd-chart-legend')).toBe('PlannedLast rehearsal')
    const overlaps = await report.evaluate(() => {
      const boxes = (selector: string) => [...document.querySelectorAll(`.bd-report-chart > ${selector}`)].map((e) => e.getBoundingClientRect())
      const hit = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
      return boxes('text').flatMap((label) => boxes('rect').filter((bar) => hit(label, bar))).length
    })
    expect(overlaps).toBe(0)
    // The link back to the library, on the navy bar: WCAG AA asks 4.5:1 for text.
    const [ink, paper] = await report.evaluate(() => {
      const link = document.querySelector('.bd-bar a')!
      return [getComputedStyle(link).color, getComputedStyle(link.closest('.bd-bar')!).backgroundColor]
    })
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.slice(0, 3).map((c) => Number(c) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      return 0.2126 * r + 0.7152 * g + 0.0722 * b
    }
    const [light, dark] = [luminance(ink), luminance(paper)].sort((a, b) => b - a)
    expect((light + 0.05) / (dark + 0.05)).toBeGreaterThanOrEqual(4.5)
    await context.close()
  })

  it('opens and closes the presenter’s overview grid with O and Esc, never reveal.js’s own strip, and marks the current slide', async () => {
    const { context } = await signedIn()
    const presenter = await open(context, '#/presenter/01-overview.md')
    await presenter.keyboard.press('ArrowRight')
    await presenter.keyboard.press('o')
    await presenter.waitForSelector('.bd-grid:not([hidden]) .bd-tile.bd-tile-current[data-index="1"]')
    await presenter.keyboard.press('Escape')
    await presenter.waitForSelector('.bd-grid[hidden]', { state: 'attached' })
    expect(await presenter.evaluate(() => document.querySelector('.bd-current-deck .reveal')!.classList.contains('overview'))).toBe(false)
    await presenter.keyboard.press('o')
    await presenter.waitForSelector('.bd-grid:not([hidden])')
    await presenter.keyboard.press('o')
    await presenter.waitForSelector('.bd-grid[hidden]', { state: 'attached' })
    expect(await presenter.evaluate(() => document.querySelector('.bd-current-deck .reveal')!.classList.contains('overview'))).toBe(false)
    await context.close()
  })

  it('lists the presenter’s keys in reveal.js’s help overlay, readable in the briefing theme', async () => {
    const { context } = await signedIn()
    const presenter = await open(context, '#/presenter/01-overview.md')
    await presenter.keyboard.press('Shift+Slash')
    await presenter.waitForSelector('.r-overlay-help.bd-key-help')
    const help = await presenter.textContent('.r-overlay-help')
    for (const key of ['Black screen', 'White screen', 'Freeze the audience', 'Jump to a slide', 'Back to where you were', 'Full screen']) expect(help).toContain(key)
    // Readable whatever the theme does to tables: light text on the dark veil, on every row.
    const rows = await presenter.evaluate(() => [...document.querySelectorAll('.bd-key-help td')].map((td) => [getComputedStyle(td).color, getComputedStyle(td).backgroundColor]))
    for (const [color, background] of rows) expect([color, background]).toEqual([expect.stringMatching(/^rgb\((2[2-5]\d), (2[2-5]\d), (2[2-5]\d)\)$/), 'rgba(0, 0, 0, 0)'])
    await presenter.keyboard.press('Escape')
    await presenter.waitForSelector('.r-overlay-help', { state: 'detached' })
    // F fills the screen with the presenter's window, not with its small slide pane.
    await presenter.keyboard.press('f')
    await presenter.waitForFunction(() => document.fullscreenElement === document.documentElement)
    await presenter.keyboard.press('f')
    await presenter.waitForFunction(() => document.fullscreenElement === null)
    const audience = await open(context, '#/present/01-overview.md')
    await audience.keyboard.press('Shift+Slash')
    await audience.waitForSelector('.r-overlay-help.bd-key-help')
    expect(await audience.textContent('.r-overlay-help')).toContain('Open the presenter view')
    await context.close()
  })
})

describe('saving the deck mid-talk', () => {
  const file = () => join(folder, 'live.md')
  const original = () => readFileSync(join(ROOT, 'tests/fixtures/decks/presenting/rehearse.md'), 'utf8')
  const counter = (page: Page) => page.textContent('.bd-counter')
  const waitCounter = (page: Page, text: string) => page.waitForFunction((t) => document.querySelector('.bd-counter')?.textContent === t, text)
  /** The presenter and the room, on slide 4 of the deck as it was first saved. */
  async function presenting(): Promise<{ context: BrowserContext; presenter: Page; audience: Page }> {
    writeFileSync(file(), original())
    const { context, presenter, audience } = await presenterAndRoom('live.md')
    await waitCounter(presenter, 'Slide 1 of 6')
    for (let i = 0; i < 6; i++) await presenter.keyboard.press('ArrowRight')
    await waitTitle(audience, 'What was signed')
    return { context, presenter, audience }
  }

  it.each([
    ['an unclosed code fence', (text: string) => text.replace('## Why now', '## Why now\n\n```js\nconst unfinished = 1')],
    ['broken front matter', (text: string) => text.replace('duration: 6m', 'duration: [6m')],
    // An editor that truncates the file, then writes it a moment later (a briefer's trial found the room on an empty "1 / 1").
    ['an empty file, as a save caught half-way', () => ''],
  ])('keeps the room on the last good version and its slide after %s, tells only the presenter, and both go on from there once fixed', async (_, breakIt) => {
    const { context, presenter, audience } = await presenting()
    writeFileSync(file(), breakIt(original()))
    await presenter.waitForSelector('.bd-problems:not([hidden])')
    expect(await presenter.textContent('.bd-problems-list')).toMatch(/^live\.md:\d+: /)
    expect(await presenter.textContent('.bd-problems-note')).toContain('The audience still sees the last good version')
    // The presenter's own slides keep the good version too, and the talk goes on on them.
    expect(await counter(presenter)).toBe('Slide 4 of 6')
    await presenter.keyboard.press('ArrowRight')
    // The room gets the move after the broken version (the server sends them in order).
    await waitTitle(audience, 'The China factor')
    expect(await audience.evaluate(() => document.querySelectorAll('.bd-audience .slides section').length)).toBe(6)
    expect(await audience.evaluate(() => document.body.innerText)).not.toMatch(/live\.md|never closed|front matter|Note:|Welcome the room/)
    expect(await audience.locator('.bd-banner, [role="alert"]').count()).toBe(0)
    writeFileSync(file(), original().replace('Trade with a larger neighbour.', 'Trade with a larger neighbour, fixed.'))
    await presenter.waitForSelector('.bd-problems[hidden]', { state: 'attached' })
    await audience.waitForFunction(() => document.querySelector('.bd-audience section.present')?.textContent?.includes('fixed'))
    expect(await title(audience)).toBe('The China factor')
    expect(await counter(presenter)).toBe('Slide 5 of 6')
    await context.close()
  })

  it('stays on the same slide and fragment, not the same number, when a slide is inserted above it', async () => {
    const { context, presenter, audience } = await presenting()
    // Back to slide 3, two of its three steps shown.
    for (let i = 0; i < 2; i++) await presenter.keyboard.press('ArrowLeft')
    await waitCounter(presenter, 'Slide 3 of 6 · step 3 of 4')
    await waitTitle(audience, 'Built up step by step')
    writeFileSync(file(), original().replace('## Why now', '## Inserted above\n\n---\n\n## Why now'))
    await waitCounter(presenter, 'Slide 4 of 7 · step 3 of 4')
    await audience.waitForFunction(() => document.querySelectorAll('.bd-audience .slides > section').length === 7)
    expect(await title(presenter, '.bd-current-deck')).toBe('Built up step by step')
    expect(await title(audience)).toBe('Built up step by step')
    expect(await audience.evaluate(() => document.querySelectorAll('.bd-audience section.present .fragment.visible').length)).toBe(2)
    await context.close()
  })
})

describe('the presenter view at the sizes it is used at', () => {
  /** Boxes of the presenter's parts, and whether any two overlap or the bar wrapped. */
  const layout = (page: Page) => page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect()
    const parts = ['.bd-presenter-bar', '.bd-current-deck', '.bd-controls', '.bd-next-deck', '.bd-notes']
    const overlaps: string[] = []
    for (const [i, a] of parts.entries()) {
      for (const b of parts.slice(i + 1)) {
        const x = box(a)
        const y = box(b)
        if (x.left < y.right - 1 && y.left < x.right - 1 && x.top < y.bottom - 1 && y.top < x.bottom - 1) overlaps.push(`${a} × ${b}`)
      }
    }
    const bar = document.querySelector<HTMLElement>('.bd-presenter-bar')!
    const line = parseFloat(getComputedStyle(bar.querySelector('.bd-counter')!).fontSize) * 1.6
    const counter = bar.querySelector('.bd-counter')!.getBoundingClientRect()
    const clock = bar.querySelector('.bd-clock')!.getBoundingClientRect()
    return {
      overlaps, oneLine: Math.abs(counter.top - clock.top) < 2 && counter.height < line && bar.scrollWidth <= bar.clientWidth + 1,
      inside: parts.every((p) => box(p).right <= innerWidth + 1 && box(p).bottom <= innerHeight + 1),
      notesHeight: box('.bd-notes').height,
    }
  })

  it.each([[1024, 768], [1280, 720], [1920, 1080], [2560, 1440]])('fits %i×%i: nothing overlaps, the bar is one line, the notes get room', async (width, height) => {
    const { context } = await signedIn({ width, height })
    const presenter = await open(context, '#/presenter/02-trade-deficit.md')
    await presenter.keyboard.press('ArrowRight')
    await presenter.waitForTimeout(300)
    const found = await layout(presenter)
    expect(found.overlaps).toEqual([])
    expect(found.oneLine).toBe(true)
    expect(found.inside).toBe(true)
    expect(found.notesHeight).toBeGreaterThan(height * 0.35)
    await context.close()
  })

  it('cues notes that run on past their box', async () => {
    const { context } = await signedIn({ width: 1280, height: 720 })
    const presenter = await open(context, '#/presenter/01-overview.md')
    // The first slide's notes, whichever slide earlier tests left the room on.
    await presenter.keyboard.press('Home')
    await presenter.waitForFunction(() => /^Slide 1 of/.test(document.querySelector('.bd-counter')?.textContent ?? ''))
    for (let i = 0; i < 6; i++) await presenter.getByRole('button', { name: 'Larger notes' }).click()
    await presenter.waitForSelector('.bd-notes.bd-notes-overflow .bd-notes-more')
    await context.close()
  })
})

describe('presenting on a phone (390×844, touch)', () => {
  const phone = () => browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 })

  it('advances the audience view with a swipe and with a tap, and goes back with a tap on the left', async () => {
    const context = await phone()
    const page = await context.newPage()
    await page.goto(served.url)
    await page.waitForSelector('.bd-card')
    await page.goto(`${served.origin}/#/present/04-space.md`)
    await page.waitForSelector('#bd-root[data-ready="present"]', { state: 'attached' })
    const cdp = await context.newCDPSession(page)
    const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: 420 }] })
    const index = () => page.evaluate(() => (window as unknown as { Reveal?: unknown }) && document.querySelector('.slides section.present:not(.stack)')?.getAttribute('data-bd-index'))
    expect(await index()).toBe('0')
    await touch('touchStart', 320)
    for (let x = 300; x >= 60; x -= 30) await touch('touchMove', x)
    await touch('touchEnd', 60)
    await page.waitForFunction(() => document.querySelector('.slides section.present:not(.stack)')?.getAttribute('data-bd-index') === '1')
    await page.touchscreen.tap(300, 420)
    await page.waitForFunction(() => document.querySelector('.slides section.present:not(.stack)')?.getAttribute('data-bd-index') === '2')
    await page.touchscreen.tap(40, 420)
    await page.waitForFunction(() => document.querySelector('.slides section.present:not(.stack)')?.getAttribute('data-bd-index') === '1')
    await context.close()
  })

  it('lays the presenter out in one column with big previous and next buttons', async () => {
    const context = await phone()
    const page = await context.newPage()
    await page.goto(served.url)
    await page.waitForSelector('.bd-card')
    await page.goto(`${served.origin}/#/presenter/04-space.md`)
    await page.waitForSelector('#bd-root[data-ready="presenter"]', { state: 'attached' })
    const boxes = await page.evaluate(() => ['.bd-current-deck', '.bd-controls', '.bd-notes'].map((s) => document.querySelector(s)!.getBoundingClientRect()).map((b) => [b.left, b.top, b.right, b.bottom]))
    for (const [left, , right] of boxes) expect(right - left).toBeGreaterThan(350)
    expect(boxes[0][3]).toBeLessThanOrEqual(boxes[1][1] + 1)
    expect(boxes[1][3]).toBeLessThanOrEqual(boxes[2][1] + 1)
    expect(await page.isVisible('.bd-next')).toBe(false)
    // Previous and next are thumb-sized.
    for (const name of ['◀', '▶']) {
      const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(56)
    }
    // Views of a deck share its position; the swipe test left this one on slide 2.
    const slideNumber = () => page.evaluate(() => Number(/^Slide (\d+)/.exec(document.querySelector('.bd-counter')?.textContent ?? '')?.[1]))
    const before = await slideNumber()
    await page.getByRole('button', { name: '▶' }).tap()
    await page.waitForFunction((n) => new RegExp(`^Slide ${n} of`).test(document.querySelector('.bd-counter')?.textContent ?? ''), before + 1)
    await context.close()
  })
})

describe('presenting from a phone (390×844, touch)', () => {
  const phone = () => browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 })
  async function presenterOnPhone(deck: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await phone()
    const page = await context.newPage()
    await page.goto(served.url)
    await page.waitForSelector('.bd-card')
    await page.goto(`${served.origin}/#/presenter/${deck}`)
    await page.waitForSelector('#bd-root[data-ready="presenter"]', { state: 'attached' })
    return { context, page }
  }

  it('always shows, whole, what the room sees, however much the bar has to say', async () => {
    const { context, page } = await presenterOnPhone('stack.md')
    await page.getByRole('button', { name: 'Reset', exact: true }).tap()
    await page.getByRole('button', { name: 'Start', exact: true }).tap()
    await page.getByRole('button', { name: 'Pause', exact: true }).tap()
    await page.getByRole('button', { name: 'Freeze', exact: true }).tap()
    await page.getByRole('button', { name: 'White', exact: true }).tap()
    await page.waitForFunction(() => document.querySelector('.bd-room')?.textContent?.startsWith('Audience: white screen · frozen on'))
    const room = await page.evaluate(() => {
      const element = document.querySelector<HTMLElement>('.bd-room')!
      const box = element.getBoundingClientRect()
      const bar = element.parentElement!.getBoundingClientRect()
      return { inside: box.left >= bar.left && box.right <= bar.right && box.bottom <= bar.bottom && box.right <= innerWidth, whole: element.scrollWidth <= element.clientWidth }
    })
    expect(room).toEqual({ inside: true, whole: true })
    expect(await page.textContent('.bd-elapsed')).toMatch(/^0:0\d paused$/)
    await page.getByRole('button', { name: 'White', exact: true }).tap()
    await page.getByRole('button', { name: 'Show', exact: true }).tap()
    await page.getByRole('button', { name: 'Reset', exact: true }).tap()
    await page.waitForFunction(() => document.querySelector('.bd-room')?.textContent === 'Audience: live')
    await context.close()
  })

  it('closes the jump palette with a tap outside it', async () => {
    const { context, page } = await presenterOnPhone('stack.md')
    await page.getByRole('button', { name: 'Jump', exact: true }).tap()
    await page.waitForSelector('.bd-jump-backdrop:not([hidden])')
    await page.touchscreen.tap(195, 800)
    await page.waitForSelector('.bd-jump-backdrop[hidden]', { state: 'attached' })
    await context.close()
  })
})

describe('two screens in the browser (Window Management API)', () => {
  // Chromium with a laptop and a projector side by side, and "window management" allowed, as a
  // briefer's Chrome is once they have said yes to it.
  let context: BrowserContext
  let profile: string
  const LAPTOP = { left: 0, width: 1600, height: 900 }
  const PROJECTOR = { left: 1600, width: 1920, height: 1080 }

  beforeAll(async () => {
    const { chromium } = await import('playwright-core')
    const { chromiumArgs, findChromium } = await import('../../electron/node/export/find-chromium')
    profile = mkdtempSync(join(tmpdir(), 'briefdeck-screens-'))
    context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium().path, headless: true, viewport: null,
      args: [...chromiumArgs(), `--screen-info={${LAPTOP.left},0 ${LAPTOP.width}x${LAPTOP.height} label='Laptop'}{${PROJECTOR.left},0 ${PROJECTOR.width}x${PROJECTOR.height} label='Projector'}`],
    })
    const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()))
    await cdp.send('Browser.setPermission', { permission: { name: 'window-management' }, setting: 'granted', origin: served.origin })
  })
  afterAll(async () => {
    await context?.close()
    rmSync(profile, { recursive: true, force: true })
  })

  const placement = (page: Page) => page.evaluate(() => ({ left: screenX, width: outerWidth, height: outerHeight, fullScreen: document.fullscreenElement !== null }))

  it('Present fills the projector with the audience view and opens the presenter on the laptop; Swap exchanges them', async () => {
    const library = context.pages()[0]
    await library.goto(served.url)
    await library.waitForSelector('.bd-card')
    const card = library.locator('.bd-card[data-path="rehearse.md"]')
    const [presenter] = await Promise.all([context.waitForEvent('page'), card.getByRole('button', { name: 'Present', exact: true }).click()])
    await library.waitForSelector('#bd-root[data-ready="present"]', { state: 'attached' })
    expect((await placement(library)).fullScreen).toBe(true)
    await presenter.waitForSelector('#bd-root[data-ready="presenter"]', { state: 'attached' })
    expect(await placement(presenter)).toMatchObject({ left: LAPTOP.left, width: LAPTOP.width })
    expect(await title(library)).toBe('Opening')
    // Swap: the windows keep their screens and change views, mid-talk.
    await presenter.keyboard.press('ArrowRight')
    await waitTitle(library, 'Why now')
    await presenter.getByRole('button', { name: 'Swap', exact: true }).click()
    await library.waitForSelector('#bd-root[data-ready="presenter"]', { state: 'attached' })
    await presenter.waitForSelector('#bd-root[data-ready="present"]', { state: 'attached' })
    await waitTitle(presenter, 'Why now')
    await waitTitle(library, 'Why now', '.bd-current-deck')
    // Nothing was reloaded: the full-screen window stays full screen, and the window whose Swap
    // click it was goes full screen as the audience.
    expect((await placement(library)).fullScreen).toBe(true)
    await presenter.waitForFunction(() => document.fullscreenElement !== null)
    expect(await presenter.locator('.bd-full-screen-hint').count()).toBe(0)
    // And back again, from the other window.
    await library.getByRole('button', { name: 'Swap', exact: true }).click()
    await library.waitForSelector('#bd-root[data-ready="present"]', { state: 'attached' })
    await presenter.waitForSelector('#bd-root[data-ready="presenter"]', { state: 'attached' })
    await waitTitle(library, 'Why now')
    expect((await placement(library)).fullScreen).toBe(true)
    await presenter.close()
  })

  it('opens the audience window from the presenter filling the other screen', async () => {
    const presenter = await context.newPage()
    await presenter.goto(`${served.origin}/#/presenter/rehearse.md`)
    await presenter.waitForSelector('#bd-root[data-ready="presenter"]', { state: 'attached' })
    const [audience] = await Promise.all([context.waitForEvent('page'), presenter.getByRole('button', { name: 'Audience window', exact: true }).click()])
    await audience.waitForSelector('#bd-root[data-ready="present"]', { state: 'attached' })
    expect(await placement(audience)).toMatchObject({ left: PROJECTOR.left, width: PROJECTOR.width, height: PROJECTOR.height })
    expect(await presenter.textContent('.bd-hint')).toBe('The audience window fills Projector: press F in it for full screen.')
    // The audience window says so too, until it is full screen.
    expect(await audience.textContent('.bd-full-screen-hint')).toBe('Press F for full screen.✕')
    // Swap with an audience window that is not full screen: the new audience window keeps the hint.
    await presenter.getByRole('button', { name: 'Swap', exact: true }).click()
    await audience.waitForSelector('#bd-root[data-ready="presenter"]', { state: 'attached' })
    await presenter.waitForSelector('#bd-root[data-ready="present"]', { state: 'attached' })
    await presenter.waitForSelector('.bd-full-screen-hint')
    await presenter.keyboard.press('f')
    await presenter.waitForSelector('.bd-full-screen-hint', { state: 'detached' })
    await audience.close()
    await presenter.close()
  })
})
