import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseDeck } from '../../renderer/core/deck/parse-deck'
import {
  HTML_ATTRIBUTES, HTML_ELEMENTS, HTML_GLOBAL_ATTRIBUTES, MATHML_ATTRIBUTES, MATHML_ELEMENTS, SVG_ATTRIBUTES, SVG_ELEMENTS,
} from '../../renderer/core/html/html-policy'
import { parseHtml, serializeHtml } from '../../renderer/core/html/html-tree'
import { sanitizeTree, settleHtml } from '../../renderer/core/html/sanitize-tree'
import { ROOT, startBrowser } from '../helpers/browser'

/**
 * The sanitiser's oracle: every input of a corpus of mutation-XSS and parser-differential HTML
 * (DOMPurify's fixtures, html5sec, the adversarial review's; see tests/fixtures/mxss/README.md) is
 * sanitised, then Chromium itself parses the output, and its live DOM must hold nothing outside the
 * allow-lists: no foreign element out of place, no handler, no script or loading URL, no `<style>` in
 * SVG or MathML. What a check in Node concludes about a tree counts only if the browser builds it.
 */
const CORPUS = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/mxss/corpus.json'), 'utf8')) as string[]
const SCOPE = '.bd-deck-oracle'

const sanitized = (input: string): string => {
  const fragment = parseHtml(input)
  sanitizeTree(fragment, { scope: SCOPE, report: () => {} })
  return settleHtml(serializeHtml(fragment), { scope: SCOPE })
}

/** What Chromium built from each output that the policy does not allow. Runs in the page. */
function inspect({ outputs, allow }: { outputs: string[]; allow: { html: string[]; svg: string[]; math: string[]; globals: string[]; per: Record<string, readonly string[]>; svgAttrs: string[]; mathAttrs: string[] } }): string[][] {
  const NS: Record<string, string> = { 'http://www.w3.org/1999/xhtml': 'html', 'http://www.w3.org/2000/svg': 'svg', 'http://www.w3.org/1998/Math/MathML': 'math' }
  const elements: Record<string, Set<string>> = { html: new Set(allow.html), svg: new Set(allow.svg), math: new Set(allow.math) }
  const root = document.createElement('section')
  document.body.append(root)
  return outputs.map((html) => {
    root.innerHTML = html
    const problems: string[] = []
    for (const el of root.querySelectorAll('*')) {
      const ns = NS[el.namespaceURI ?? ''] ?? el.namespaceURI
      const name = el.localName
      const parent = el.parentElement === root ? 'html' : NS[el.parentElement?.namespaceURI ?? '']
      if (!elements[ns]?.has(name)) problems.push(`element ${ns}:${name}`)
      if (ns !== parent && !(ns === 'svg' && name === 'svg' && parent === 'html') && !(ns === 'math' && name === 'math' && parent === 'html') &&
        !(ns === 'html' && parent === 'svg' && ['title', 'desc'].includes(el.parentElement!.localName)) &&
        !(ns === 'html' && parent === 'math' && ['mi', 'mo', 'mn', 'ms', 'mtext'].includes(el.parentElement!.localName))) problems.push(`${ns}:${name} under ${parent}`)
      if (name === 'style' && (ns !== 'html' || el.closest('svg, math'))) problems.push('style in foreign content')
      for (const attr of el.attributes) {
        const known = ns === 'html' ? allow.globals.includes(attr.name) || /^(aria|data)-[a-z0-9_.-]+$/.test(attr.name) || (allow.per[name] ?? []).includes(attr.name)
          : (ns === 'svg' ? allow.svgAttrs : allow.mathAttrs).includes(attr.name)
        if (!known || /^on/i.test(attr.name)) problems.push(`attribute ${name}@${attr.name}`)
        if (/^(href|xlink:href|src|poster|cite|srcset)$/.test(attr.name)) {
          let scheme = 'invalid:'
          try {
            scheme = new URL(attr.value.split(/\s+/)[0], 'http://deck.invalid/').protocol
          } catch { /* an unparsable URL loads nothing */ }
          if (!/^(https?|mailto|tel|data):$/.test(scheme)) problems.push(`${attr.name} ${scheme}`)
          if (scheme === 'data:' && !/^\s*data:(image|video|audio)\//i.test(attr.value)) problems.push(`${attr.name} ${attr.value.slice(0, 30)}`)
        }
      }
    }
    for (const style of root.querySelectorAll('style')) if (!style.textContent!.trimStart().match(/^(@keyframes|@scope \(\.bd-deck-oracle\)|$)/)) problems.push('unscoped style')
    return problems
  })
}

describe('the sanitiser’s Chromium oracle', () => {
  let browser: Browser
  let page: Page
  const dialogs: string[] = []
  const requests: string[] = []
  beforeAll(async () => {
    browser = await startBrowser()
    page = await browser.newPage()
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    page.on('request', (request) => {
      if (!/^(data|about|blob):/.test(request.url())) requests.push(request.url())
    })
    await page.setContent('<!doctype html><title>oracle</title><body></body>')
  })
  afterAll(() => browser?.close())

  const allow = {
    html: [...HTML_ELEMENTS], svg: [...SVG_ELEMENTS], math: [...MATHML_ELEMENTS], globals: [...HTML_GLOBAL_ATTRIBUTES],
    per: HTML_ATTRIBUTES, svgAttrs: [...SVG_ATTRIBUTES], mathAttrs: [...MATHML_ATTRIBUTES],
  }

  it(`leaves nothing outside the allow-lists in Chromium’s DOM for all ${CORPUS.length} corpus inputs, and nothing runs or loads`, async () => {
    const outputs = CORPUS.map(sanitized)
    const problems = await page.evaluate(inspect, { outputs, allow })
    const failures = problems.flatMap((found, i) => (found.length > 0 ? [`${JSON.stringify(CORPUS[i]).slice(0, 120)} → ${found.join('; ')}`] : []))
    expect(failures).toEqual([])
    await page.waitForTimeout(300)
    expect(dialogs).toEqual([])
    expect(requests).toEqual([])
  })

  it('settles: each output parses back into the tree that was checked (sanitising it again changes nothing)', () => {
    const moving = CORPUS.map(sanitized).filter((output) => settleHtml(output, { scope: SCOPE }) !== output)
    expect(moving).toEqual([])
  })

  it('holds for the corpus written in a deck, through Markdown, attribute comments and notes', async () => {
    const outputs = CORPUS.map((input) => parseDeck(`# A\n\n${input}\n\nNote: ${input}`).deck.slides.map((s) => s.html + s.notesHtml).join(''))
    const problems = await page.evaluate(inspect, { outputs, allow })
    expect(problems.flatMap((found, i) => (found.filter((p) => p !== 'unscoped style').length > 0 ? [`${CORPUS[i].slice(0, 100)} → ${found.join('; ')}`] : []))).toEqual([])
  })

  it('finds what an unsanitised input would leave (the oracle can fail)', async () => {
    const [problems] = await page.evaluate(inspect, { outputs: ['<svg><foreignObject><b onclick="x()">b</b></foreignObject><style>p{}</style></svg><a href="javascript:x">y</a>'], allow })
    expect(problems).toEqual(expect.arrayContaining(['element svg:foreignObject', 'attribute b@onclick', 'style in foreign content', 'href javascript:']))
  })
})
