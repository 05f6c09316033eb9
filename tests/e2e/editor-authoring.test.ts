import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { moveSlide } from '../../renderer/app/editor/reorder-slides'
import { parseDeck } from '../../renderer/core/deck/parse-deck'
import {
  type EditorBench, type OpenOptions, clickLine, editBothSides, openEditor, saveStatus, startEditorBench,
} from '../helpers/editor-page'

let bench: EditorBench
beforeAll(async () => {
  bench = await startEditorBench()
})
afterAll(async () => {
  await bench?.stop()
})
const open = (deck: string, options?: OpenOptions) => openEditor(bench, deck, options)
const deckFile = (name: string) => join(bench.folder, name)
/** The 1-based line of the editor line at a vertical position (CodeMirror draws only what is in view). */
const lineAt = (page: Page, y: number) => page.evaluate((at) => {
  const line = [...document.querySelectorAll('.cm-line')].find((el) => {
    const box = el.getBoundingClientRect()
    return at >= box.top && at < box.bottom
  })
  const gutter = [...document.querySelectorAll('.cm-lineNumbers .cm-gutterElement')].find((el) => {
    const box = el.getBoundingClientRect()
    return line && Math.abs(box.top - line.getBoundingClientRect().top) < 2
  })
  return Number(gutter?.textContent)
}, y)

/**
 * Accepts the selected completion. CodeMirror ignores Enter for `interactionDelay` (75 ms) after the
 * list opens or changes, so that a fast typist's Enter is a new line: wait past it first.
 */
async function accept(page: Page): Promise<void> {
  await page.waitForTimeout(200)
  await page.keyboard.press('Enter')
}

/** Types `word` as a new paragraph after a source line, and waits for the completions it brings. */
async function startParagraph(page: Page, after: string, word: string): Promise<void> {
  await clickLine(page, after)
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await page.keyboard.type(word)
  await page.waitForSelector('.cm-tooltip-autocomplete')
}

describe('conflicts, as a merge', () => {
  it('resolves a conflict chunk by chunk in the merge view, then saves the merge', async () => {
    const { context, page } = await open('04-space.md')
    const file = deckFile('04-space.md')
    await editBothSides(page, file, { line: '## Beyond the Moon', add: ' (mine)' }, { line: '## Why it is strategic', add: ' (theirs)' })
    await page.waitForSelector('.bd-conflict')
    await page.waitForFunction(() => document.querySelectorAll('.cm-deletedChunk').length === 2)
    expect(await saveStatus(page)).toBe('Conflict with the file on disk')
    expect(await page.textContent('.bd-chunks-left')).toBe('2 differences left.')
    expect(await page.isDisabled('.bd-save-merge')).toBe(true)
    // Chunk 1: the author's heading is kept. Chunk 2: the disk's heading is taken.
    await page.locator('.cm-deletedChunk').nth(0).locator('button[name=accept]').click()
    await page.waitForFunction(() => document.querySelectorAll('.cm-deletedChunk').length === 1)
    expect(await page.textContent('.bd-chunks-left')).toBe('1 difference left.')
    await page.locator('.cm-deletedChunk').nth(0).locator('button[name=reject]').click()
    await page.waitForFunction(() => document.querySelectorAll('.cm-deletedChunk').length === 0)
    expect(readFileSync(file, 'utf8')).not.toContain('(mine)')
    await page.getByRole('button', { name: 'Save the merge' }).click()
    await page.waitForFunction(() => document.querySelector('.bd-save-status')?.textContent === 'Saved')
    const saved = readFileSync(file, 'utf8')
    expect(saved).toContain('## Beyond the Moon (mine)')
    expect(saved).toContain('## Why it is strategic (theirs)')
    expect(await page.isVisible('.bd-conflict')).toBe(false)
    await context.close()
  })
})

describe('diagnostics in place', () => {
  it('puts a squiggle, a gutter marker and a hover message at the line of an unclosed fence, and lists every problem', async () => {
    writeFileSync(deckFile('80-problems.md'), [
      '---', 'title: Problems', 'audience: board', '---', '', '# No notes here', '', '---', '', '## Broken image', '', '![chart](missing/chart.png)', '',
      'Note: this slide has notes', '', '---', '', '## Far too long', '', ...Array.from({ length: 40 }, (_, i) => `- point ${i}`), '', 'Note: long', '',
      '---', '', '## Unclosed', '', '```js', 'const a = 1',
    ].join('\n'))
    const { context, page } = await open('80-problems.md')
    // Once every finding is in (overflow is measured after a pause), the squiggles stay put.
    await page.waitForFunction(() => document.querySelector('.bd-problem-count')?.textContent === '6')
    await clickLine(page, '```js')
    const squiggle = page.locator('.cm-lintRange-error').first()
    await squiggle.waitFor()
    const box = (await squiggle.boundingBox())!
    expect(await lineAt(page, box.y + box.height / 2)).toBe(67)
    const marker = (await page.locator('.cm-lint-marker-error').first().boundingBox())!
    expect(await lineAt(page, marker.y + marker.height / 2)).toBe(67)
    await squiggle.hover()
    expect((await page.locator('.cm-tooltip-lint').innerText()).trim()).toBe('code fence ``` opened here is never closed')

    await page.click('.bd-problems')
    const items = await page.locator('.cm-panel-lint li').allTextContents()
    expect(items).toEqual([
      'Line 3 unknown front matter key `audience` (kept, not used)',
      'Line 6 slide 1 has no speaker notes',
      'Line 12 asset missing/chart.png not found',
      expect.stringMatching(/^Line 18 slide 3 \(“Far too long”\) overflows: its content is \d+ % of the slide's height/),
      'Line 65 slide 4 has no speaker notes',
      'Line 67 code fence ``` opened here is never closed',
    ])
    await page.locator('.cm-panel-lint li', { hasText: 'asset missing/chart.png' }).click()
    await page.waitForFunction(() => document.querySelector('.cm-activeLineGutter')?.textContent === '12')
    await context.close()
  })
})

describe('the outline and the strip', () => {
  it('reorders slides by dragging them in the outline, moving their source text exactly', async () => {
    const file = deckFile('06-cultural-bonds.md')
    const before = readFileSync(file, 'utf8')
    const { context, page } = await open('06-cultural-bonds.md')
    const titles = () => page.locator('.bd-outline-title').allTextContents()
    // The whole outline, once the first compile has filled it.
    const count = parseDeck(before).deck.slides.length
    await page.waitForFunction((n) => document.querySelectorAll('.bd-outline-title').length === n, count)
    const original = await titles()
    const items = page.locator('.bd-outline-item')
    const target = (await items.nth(3).boundingBox())!
    await items.nth(1).dragTo(items.nth(3), { targetPosition: { x: 20, y: target.height - 4 } })
    await page.waitForFunction((second) => document.querySelectorAll('.bd-outline-title')[1]?.textContent !== second, original[1])
    expect(await titles()).toEqual([original[0], original[2], original[3], original[1], ...original.slice(4)])
    // Alt+↓ on an entry moves it one down, and the focus goes with it.
    await page.locator('.bd-outline-go').nth(0).focus()
    await page.keyboard.press('Alt+ArrowDown')
    await page.waitForFunction((first) => document.querySelectorAll('.bd-outline-title')[1]?.textContent === first, original[0])
    // Ctrl+S saves wherever the focus is in the editor, the outline included.
    await page.keyboard.press('Control+s')
    await page.waitForFunction(() => document.querySelector('.bd-save-status')?.textContent === 'Saved')
    expect(readFileSync(file, 'utf8')).toBe(moveSlide(moveSlide(before, 1, 3).text, 0, 1).text)
    expect(readFileSync(file, 'utf8').length).toBe(before.length)
    await context.close()
  })

  it('goes to a slide from the outline and from the thumbnail strip, marking the current one in both', async () => {
    const { context, page } = await open('02-trade-deficit.md')
    await page.locator('.bd-outline-go', { hasText: 'The China factor' }).click()
    await page.waitForFunction(() => document.querySelector('.bd-preview-deck section.present h2')?.textContent === 'The China factor')
    expect(await page.textContent('.cm-activeLine')).toBe('## The China factor')
    expect(await page.textContent('.bd-outline-item[aria-current] .bd-outline-title')).toBe('The China factor')
    await page.locator('.bd-strip-tile[aria-label="Slide 2"]').click()
    await page.waitForFunction(() => document.querySelector('.bd-preview-deck section.present h2')?.textContent === 'Two-way trade: the good news')
    await page.waitForSelector('.bd-strip-tile[aria-label="Slide 2"][aria-current] .bd-thumbnail')
    expect(await page.textContent('.bd-outline-item[aria-current] .bd-outline-title')).toBe('Two-way trade: the good news')
    await context.close()
  })

  it('gives the preview the room: a split to drag, remembered', async () => {
    const { context, page } = await open('01-overview.md', { viewport: { width: 1280, height: 800 } })
    const width = () => page.evaluate(() => document.querySelector('.bd-preview-deck')!.getBoundingClientRect().width)
    const first = await width()
    expect(first).toBeGreaterThan(560)
    const handle = (await page.locator('.bd-split').boundingBox())!
    await page.mouse.move(handle.x + 3, handle.y + 200)
    await page.mouse.down()
    await page.mouse.move(handle.x - 150, handle.y + 200, { steps: 5 })
    await page.mouse.up()
    const wider = await width()
    expect(wider).toBeGreaterThan(first + 100)
    const again = await open('01-overview.md', { context })
    expect(Math.abs(await again.page.evaluate(() => document.querySelector('.bd-preview-deck')!.getBoundingClientRect().width) - wider)).toBeLessThan(2)
    await context.close()
  })
})

describe('completions', () => {
  it('offers front matter keys with their documentation, the theme’s layouts as snippets, and attribute comments', async () => {
    const { context, page } = await open('07-strategic-implications.md')
    const options = () => page.locator('.cm-tooltip-autocomplete li .cm-completionLabel').allTextContents()
    await clickLine(page, 'subtitle:')
    await page.keyboard.press('End')
    await page.keyboard.press('Enter')
    await page.keyboard.type('highl')
    await page.waitForSelector('.cm-tooltip-autocomplete')
    expect(await options()).toContain('highlightTheme')
    expect(await page.textContent('.cm-completionInfo')).toContain('highlight.js style')
    await accept(page)
    expect(await page.textContent('.cm-activeLine')).toBe('highlightTheme: ')
    await page.keyboard.type('github')

    await startParagraph(page, '## Squeezed from two sides', 'bd-col')
    expect(await options()).toEqual(['bd-columns'])
    await accept(page)
    await page.keyboard.type('Left')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Right')
    await page.waitForFunction(() => document.querySelector('.bd-preview-deck section.present .bd-columns')?.textContent?.replace(/\s+/g, ' ').trim() === 'Left Right')
    await page.keyboard.press('Escape')

    await page.keyboard.press('Control+End')
    await page.keyboard.press('Enter')
    await page.keyboard.type('<!-- .')
    await page.waitForSelector('.cm-tooltip-autocomplete')
    expect((await options()).sort()).toEqual(['element:', 'slide:'])
    await context.close()
  })
})

describe('presenting and the dark theme', () => {
  it('opens the audience view; with two screens, the presenter view beside it', async () => {
    for (const [twoScreens, expected] of [[false, ['present']], [true, ['present', 'presenter']]] as const) {
      const { context, page } = await open('01-overview.md', {
        before: async (p) => {
          await p.addInitScript((extended) => Object.defineProperty(Screen.prototype, 'isExtended', { get: () => extended }), twoScreens)
        },
      })
      const opened: string[] = []
      context.on('page', (popup) => opened.push(popup.url()))
      await page.getByRole('button', { name: 'Present', exact: true }).click()
      await expect.poll(() => opened.length).toBe(expected.length)
      expect(opened.map((url) => /#\/(present|presenter)\//.exec(url)?.[1])).toEqual(expected)
      await context.close()
    }
  })

  it('styles every panel dark: bar, notices, outline, source, search and lint panels, completions, preview and strip', async () => {
    const { context, page } = await open('03-military-convergence.md')
    await page.getByRole('button', { name: 'Dark' }).click()
    await page.locator('.cm-content').focus()
    await page.keyboard.press('Control+f')
    await page.click('.bd-problems')
    await startParagraph(page, '## Bottom line', 'no')
    const lightness = await page.evaluate(() => Object.fromEntries([
      '.bd-bar', '.bd-outline', '.cm-editor', '.cm-gutters', '.cm-panels', '.cm-panel.cm-search .cm-textfield', '.cm-panel-lint',
      '.cm-tooltip-autocomplete', '.bd-preview-pane', '.bd-strip',
    ].map((selector) => {
      let element = document.querySelector(selector) as HTMLElement | null
      let colour = 'rgba(0, 0, 0, 0)'
      // The colour seen behind the element: its own, else its nearest painted ancestor's.
      while (element && (colour = getComputedStyle(element).backgroundColor) === 'rgba(0, 0, 0, 0)') element = element.parentElement
      const [r, g, b] = (colour.match(/[\d.]+/g) ?? ['255', '255', '255']).map(Number)
      return [selector, Math.round((0.2126 * r + 0.7152 * g + 0.0722 * b) / 2.55)]
    })))
    for (const [selector, percent] of Object.entries(lightness)) expect(percent, selector).toBeLessThan(25)
    await page.getByRole('button', { name: 'Light' }).click()
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.bd-outline')!).backgroundColor)).toBe('rgb(255, 255, 255)')
    await context.close()
  })
})

