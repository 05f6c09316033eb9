import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { closeBlockHosts } from '../../electron/node/blocks/render-blocks'
import { loadDeck } from '../../electron/node/decks/load-decks'
import { BIN, ROOT, briefdeck, openDeck, startBrowser, watchPage } from '../helpers/browser'
import { type EditorBench, clickLine, openEditor, startEditorBench } from '../helpers/editor-page'
import { pdfText } from '../helpers/pdf'
import { useTempDir } from '../helpers/temp-dir'

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'decks', 'blocks', 'deck.md')
const tempDir = useTempDir()

let browser: Browser
beforeAll(async () => {
  browser = await startBrowser()
})
afterAll(async () => {
  await browser?.close()
  await closeBlockHosts()
})

/** Builds a deck with the real CLI; returns the page and what the command printed on stderr. */
function build(deck: string, out: string): { html: string; log: string } {
  const html = join(out, 'deck.html')
  const run = spawnSync(process.execPath, [BIN, 'build', deck, '-o', html], { cwd: ROOT, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`build failed: ${run.stderr}`)
  return { html: readFileSync(html, 'utf8'), log: run.stderr }
}

describe('charts, math and diagrams in a built deck', () => {
  it('builds a chart from a CSV, math and a Mermaid flowchart to inline SVG and MathML, with no chart, math or diagram script', async () => {
    const out = tempDir()
    const file = join(out, 'deck.html')
    briefdeck(['build', FIXTURE, '-o', file, '--quiet'])
    const html = readFileSync(file, 'utf8')
    expect(html).toMatch(/<figure class="bd-block bd-chart"[^>]*><svg[^>]*role="img"/)
    for (const label of ['FY2019-20', 'FY2021-22', 'US$ billion', 'Deficit with Japan']) expect(html).toContain(`>${label}<`)
    expect(html).toMatch(/<figure class="bd-block bd-mermaid"[^>]*><svg/)
    expect(html).toContain('>Technology<')
    // Node borders in the theme's heading colour, not Mermaid's gradient that fades into the paper.
    expect(html).not.toMatch(/stroke="url\(#[^"]*gradient/)
    expect(html).toContain('$22.85 bn and $5.15 bn')
    expect(html.match(/<math/g)).toHaveLength(2)
    expect(html).not.toMatch(/vega|mermaid\.initialize|katex\.render/i)
    expect(html).not.toMatch(/class="[^"]*bd-block-pending/)

    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const watch = watchPage(page)
    await openDeck(page, pathToFileURL(file).href)
    const drawn = await page.evaluate(() => [...document.querySelectorAll('figure.bd-block svg')].map((svg) => svg.getBoundingClientRect().width))
    expect(drawn).toHaveLength(2)
    for (const width of drawn) expect(width).toBeGreaterThan(100)
    expect(await page.evaluate(() => document.fonts.check('20px KaTeX_Main'))).toBe(true)
    expect(watch).toEqual({ offline: [], errors: [], dialogs: [] })
    await page.close()
  })

  it('exports a PDF whose text layer holds the chart\'s axis labels and values and the diagram\'s node labels', () => {
    const out = tempDir()
    const pdf = join(out, 'deck.pdf')
    briefdeck(['export', FIXTURE, '-o', pdf, '--quiet'])
    const text = pdfText(pdf)
    for (const word of ['FY2019-20', 'FY2020-21', 'US$ billion', 'Fiscal year', '18', 'Defence', 'Economy', 'Technology', '$22.85 bn and $5.15 bn']) expect(text).toContain(word)
  })

  it('embeds only the KaTeX fonts its formulas use, and nothing of KaTeX, vega or Mermaid in a deck without them', async () => {
    const out = tempDir()
    const math = join(out, 'math.md')
    writeFileSync(math, '# M\n\n$x^2 + y$\n')
    const html = build(math, out).html
    expect(html).toContain('@font-face{font-family:KaTeX_Main')
    expect(html).toContain('@font-face{font-family:KaTeX_Math')
    expect(html).not.toContain('@font-face{font-family:KaTeX_Fraktur')
    expect(html).not.toContain('@font-face{font-family:KaTeX_Size4')
    for (const deck of ['03-military-convergence.md', '04-space.md', '06-cultural-bonds.md'].map((name) => join(ROOT, 'slides', name))) {
      const { deck: compiled } = await loadDeck(deck, deck, 'inline')
      if (compiled.slides.some((slide) => slide.blocks.length > 0 || slide.mathFaces.length > 0)) continue
      // Embedded files (fonts, images) are base64, in which any five letters turn up by chance.
      const page = build(deck, tempDir()).html.replace(/data:[^)"'\s]+/g, 'data:')
      expect(page.match(/katex|KaTeX_|bd-block|mermaid|vega/gi) ?? []).toEqual([])
    }
  })

  it('reports bad inputs with their lines and shows placeholders: a missing CSV, a remote one, one outside the folder, a spec error, a Mermaid syntax error', () => {
    const out = tempDir()
    mkdirSync(join(out, 'deck'))
    writeFileSync(join(out, 'secret.csv'), 'name,value\nTOPSECRET,42\n')
    symlinkSync(join(out, 'secret.csv'), join(out, 'deck', 'linked.csv'))
    const deck = join(out, 'deck', 'deck.md')
    writeFileSync(deck, [
      '# Bad', '', '```chart', 'data: {url: missing.csv}', 'mark: bar', '```', '',
      '```chart', 'data: {url: "http://example.com/x.csv"}', 'mark: bar', '```', '',
      '```chart', 'data: {url: ../secret.csv}', 'mark: bar', '```', '',
      '```chart', 'data: {url: linked.csv}', 'mark: bar', '```', '',
      '```chart', 'mark: bar', 'encoding: [', '```', '',
      '```mermaid', 'flowchart LR', '  A --> B', '  B -->', '```', '',
      // Past Mermaid's edge limit: refused before any layout is tried.
      '```mermaid', 'flowchart LR', ...Array.from({ length: 450 }, (_, i) => `  n${i} --> n${i + 1}`), '```', '',
    ].join('\n'))
    const { html, log } = build(deck, out)
    expect(log).toContain('deck.md:4: warning: chart not drawn: data file missing.csv not found beside the deck')
    expect(log).toContain('deck.md:9: warning: chart not drawn: data from http://example.com/x.csv is not loaded')
    expect(log).toContain('deck.md:14: warning: chart not drawn: data file ../secret.csv is outside the deck')
    expect(log).toContain('deck.md:19: warning: chart not drawn: data file linked.csv leads outside the deck')
    expect(log).toContain('deck.md:25: warning: chart not drawn: the spec is not valid YAML')
    expect(log).toMatch(/deck\.md:31: warning: diagram not drawn: Parse error on line \d+: Expecting .*got 'EOF'/)
    expect(log).toMatch(/deck\.md:35: warning: diagram not drawn: .*(edge|Edge)/)
    expect(html.match(/class="bd-block [^"]*bd-block-error"/g)).toHaveLength(7)
    expect(html).not.toContain('TOPSECRET')
  })

  it('draws sequence, Gantt and pie diagrams in the theme: actors boxed, slices in the chart colours, the same page on any day', () => {
    const out = tempDir()
    const deck = join(out, 'deck.md')
    writeFileSync(deck, [
      '# Kinds', '', '```mermaid', 'sequenceDiagram', '  Delhi->>Tokyo: Investment request', '```', '',
      '```mermaid', 'gantt', '  dateFormat YYYY', '  section Build', '  Corridor :a1, 2017, 2028', '```', '',
      '```mermaid', 'pie title Trade', '  "Japan to India" : 17.69', '  "India to Japan" : 5.15', '```',
    ].join('\n'))
    const { html, log } = build(deck, out)
    // Three diagrams on one slide overflow it; nothing else is wrong.
    expect(log).not.toMatch(/W_DIAGRAM|diagram not drawn/)
    const [sequence, gantt, pie] = [...html.matchAll(/<figure class="bd-block bd-mermaid"[\s\S]*?<\/figure>/g)].map((m) => m[0])
    // Mermaid gives actors a drop shadow the sanitiser drops; an element whose filter is missing is not drawn.
    expect(sequence).toMatch(/<rect [^>]*stroke="rgb\(19, 35, 91\)"/)
    expect(sequence).not.toContain('filter')
    expect(gantt).toContain('Corridor')
    // No red line for the day of the build.
    expect(gantt).not.toContain('stroke="rgb(255, 0, 0)"')
    // The briefing theme's heading and accent colours, not the paper Mermaid would derive them from.
    expect(pie).toMatch(/<path [^>]*fill="rgb\(19, 35, 91\)"/)
    expect(pie).toMatch(/<path [^>]*fill="rgb\(194, 65, 12\)"/)
  })

  it('draws no link, callback or HTML label of a hostile diagram, and runs no script', async () => {
    const out = tempDir()
    const deck = join(out, 'deck.md')
    writeFileSync(deck, [
      '# Hostile', '', '```mermaid', '%%{init: {"securityLevel": "loose", "htmlLabels": true}}%%', 'flowchart LR',
      '  A["<img src=x onerror=alert(1)>Start"] --> B', '  click A call alert(2)', '  click B href "javascript:alert(3)"',
      '  C["<b>bold</b>"] --> D', '```',
    ].join('\n'))
    const { html } = build(deck, out)
    const figure = /<figure class="bd-block bd-mermaid[\s\S]*?<\/figure>/.exec(html)?.[0] ?? ''
    expect(figure).toContain('<svg')
    expect(figure).not.toMatch(/onerror|javascript|<a\b|<img|foreignObject|onclick|<script/i)
    const page = await browser.newPage()
    const watch = watchPage(page)
    await openDeck(page, pathToFileURL(join(out, 'deck.html')).href)
    await page.click('figure.bd-block svg', { force: true }).catch(() => {})
    expect(watch).toEqual({ offline: [], errors: [], dialogs: [] })
    await page.close()
  })
})

describe('charts and diagrams in the editor', () => {
  let bench: EditorBench
  beforeAll(async () => {
    bench = await startEditorBench()
  })
  afterAll(async () => {
    await bench?.stop()
  })

  it('previews the sample\'s chart and diagram as the server draws them, and redraws a chart whose spec is edited', async () => {
    const { context, page } = await openEditor(bench, '02-trade-deficit.md')
    const watch = watchPage(page)
    await clickLine(page, '### The gap, drawn')
    const chart = '.bd-preview-deck section.present figure.bd-chart svg'
    await page.waitForSelector(chart)
    expect(await page.textContent(chart)).toContain('Japan → India (Japanese exports)')
    // An edit to the spec makes a new block: its placeholder shows until the server has drawn it.
    await clickLine(page, 'description: India–Japan trade')
    await page.keyboard.press('End')
    await page.keyboard.type(' (edited)')
    await page.waitForFunction((selector) => document.querySelector(selector)?.getAttribute('aria-label')?.includes('(edited)'), chart)
    expect(watch).toEqual({ offline: [], errors: [], dialogs: [] })
    await context.close()

    const rail = await openEditor(bench, '05-bullet-train-and-rail.md')
    await clickLine(rail.page, '### Four decades, in order')
    const diagram = '.bd-preview-deck section.present figure.bd-mermaid svg'
    await rail.page.waitForSelector(diagram)
    expect(await rail.page.textContent(diagram)).toContain('7,000 km of high-speed rail')
    await rail.context.close()
  })
})
