import { describe, expect, it } from 'vitest'
import { createSlideMemo, parseDeck } from '../../../../../renderer/core/deck/parse-deck'

const titles = (source: string) => parseDeck(source).deck.slides.map((s) => s.title)

describe('parseDeck: slide separators', () => {
  it('splits horizontal slides on a line `---`', () => {
    expect(titles('# A\n---\n# B\n---\n# C')).toEqual(['A', 'B', 'C'])
  })

  it('splits vertical slides on `--` (reveal.js) and `----` (reveal-md) with their h/v positions', () => {
    const { deck } = parseDeck('# A\n--\n# A2\n----\n# A3\n---\n# B')
    expect(deck.slides.map((s) => [s.title, s.h, s.v])).toEqual([['A', 0, 0], ['A2', 0, 1], ['A3', 0, 2], ['B', 1, 0]])
  })

  it('tolerates CRLF, a BOM and trailing spaces on separator lines', () => {
    expect(titles('\uFEFF# A\r\n---  \r\n# B\r\n--\t\r\n# C')).toEqual(['A', 'B', 'C'])
  })

  it('does not split on a separator inside a fenced code block (``` or ~~~)', () => {
    const { deck } = parseDeck('# A\n```yaml\n---\nkey: 1\n--\n```\n~~~\n---\n~~~\n---\n# B')
    expect(deck.slides).toHaveLength(2)
    expect(deck.slides[0].html).toContain('---\nkey: 1\n--')
  })

  it('closes a fence only with the same character, at least as long', () => {
    const { deck } = parseDeck('````md\n```\n---\n````\n---\n# B')
    expect(deck.slides.map((s) => s.title)).toEqual(['', 'B'])
  })

  it('treats ``` with a backtick in its info string as inline code, not a fence', () => {
    expect(titles('# A\n``` `x` ```\n---\n# B')).toEqual(['A', 'B'])
  })

  it('uses `separator` and `verticalSeparator` from front matter as line patterns', () => {
    const { deck } = parseDeck('---\nseparator: "<!--s-->"\nverticalSeparator: "^\\\\r?\\\\n<!--v-->\\\\r?\\\\n$"\n---\n# A\n---\nstill A\n<!--v-->\n# A2\n<!--s-->\n# B')
    expect(deck.slides.map((s) => [s.title, s.h, s.v])).toEqual([['A', 0, 0], ['A2', 0, 1], ['B', 1, 0]])
    expect(deck.slides[0].html).toContain('still A')
  })

  it('falls back to the default and warns at the key line when a separator is not a valid regex', () => {
    const { deck, diagnostics } = parseDeck('---\ntitle: x\nseparator: "(["\n---\n# A\n---\n# B')
    expect(deck.slides).toHaveLength(2)
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'W_BAD_SEPARATOR', line: 3 })])
  })

  it('builds a deck with no content as one empty slide', () => {
    for (const source of ['', '\n\n', '---\ntitle: Empty\n---\n']) {
      const { deck, diagnostics } = parseDeck(source)
      expect(deck.slides).toHaveLength(1)
      expect(deck.slides[0].html).toBe('')
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    }
  })

  it('records each slide’s 1-based source lines, counting front matter', () => {
    const { deck } = parseDeck('---\ntitle: T\n---\n# A\ntext\n---\n# B\n\nNote: n\n')
    expect(deck.slides.map((s) => [s.startLine, s.endLine])).toEqual([[4, 5], [7, 10]])
  })
})

describe('parseDeck: speaker notes', () => {
  it('moves "Note:" text into slide notes and out of the slide', () => {
    const { deck } = parseDeck('# Intro\n\nHello\n\nNote: smile')
    expect(deck.slides[0].notes).toBe('smile')
    expect(deck.slides[0].html).not.toContain('smile')
  })

  it('accepts `notes:` in any case and keeps everything to the end of the slide', () => {
    const { deck } = parseDeck('# A\nNOTES: one\n\ntwo\n---\n# B\nnote:\n- three')
    expect(deck.slides[0].notes).toBe('one\n\ntwo')
    expect(deck.slides[1].notesHtml).toContain('<li>three</li>')
  })

  it('renders notes as Markdown', () => {
    const { deck } = parseDeck('# A\nNote: **bold** and `code`')
    expect(deck.slides[0].notesHtml).toBe('<p><strong>bold</strong> and <code>code</code></p>')
  })

  it('leaves "Note:" in the middle of a sentence as slide text', () => {
    const { deck } = parseDeck('# A\nPlease Note: this stays.')
    expect(deck.slides[0].notes).toBe('')
    expect(deck.slides[0].html).toContain('Please Note: this stays.')
  })

  it('does not start notes on a "Note:" line inside a code block', () => {
    const { deck } = parseDeck('# A\n```\nNote: code\n```\nNote: real')
    expect(deck.slides[0].notes).toBe('real')
    expect(deck.slides[0].html).toContain('Note: code')
  })

  it('honours a `notesSeparator` from front matter', () => {
    const { deck } = parseDeck('---\nnotesSeparator: "\\\\?\\\\?\\\\?"\n---\n# A\n??? said aloud')
    expect(deck.slides[0].notes).toBe('said aloud')
  })
})

describe('parseDeck: attribute comments', () => {
  it('applies `.slide:` attributes to the slide section', () => {
    const { deck } = parseDeck('<!-- .slide: data-background-color="#003" class="bd-title" data-auto-animate -->\n# A')
    expect(deck.slides[0].attributes).toEqual({ 'data-background-color': '#003', class: 'bd-title', 'data-auto-animate': '' })
  })

  it('applies an inline `.element:` comment to the element it follows', () => {
    const { deck } = parseDeck('# A\n\n![chart](c.png) <!-- .element: class="fragment" data-fragment-index="2" -->')
    expect(deck.slides[0].html).toMatch(/<img src="c.png" alt="chart" class="fragment" data-fragment-index="2">/)
  })

  it('styles a list item from a comment inside it, and the last item from one right after the list', () => {
    const { deck } = parseDeck('- one <!-- .element: class="fragment" -->\n- two\n<!-- .element: class="fragment highlight-red" -->')
    expect(deck.slides[0].html).toContain('<li class="fragment">one </li>')
    expect(deck.slides[0].html).toContain('<li class="fragment highlight-red">two</li>')
  })

  it('styles the whole list when a blank line separates the comment from it', () => {
    const { deck } = parseDeck('- one\n- two\n\n<!-- .element: class="fragment" -->')
    expect(deck.slides[0].html).toContain('<ul class="fragment">')
  })

  it('styles a heading and a paragraph from comments that follow them', () => {
    const { deck } = parseDeck('## Title <!-- .element: id="t" style="color: red" -->\n\nText\n<!-- .element: class="small" -->')
    expect(deck.slides[0].html).toContain('<h2 id="t" style="color: red">Title </h2>')
    expect(deck.slides[0].html).toContain('<p class="small">Text</p>')
  })

  it('accepts single-quoted attribute values', () => {
    const { deck } = parseDeck("Text <!-- .element: class='fragment fade-up' -->")
    expect(deck.slides[0].html).toContain('<p class="fragment fade-up">Text')
  })

  it('never lets an attribute comment add an event handler', () => {
    const { deck } = parseDeck('Text <!-- .element: onclick="alert(1)" class="x" -->\n<!-- .slide: onmouseover="alert(1)" -->')
    expect(deck.slides[0].html).not.toContain('onclick')
    expect(deck.slides[0].attributes).toEqual({})
  })
})

describe('parseDeck: Markdown', () => {
  it('renders fenced code with its language and reveal’s line-highlight steps', () => {
    const { deck } = parseDeck('```js [1-2|3]\na\nb\nc\n```\n```py [10: 1,3]\nx\n```\n```\nplain <b>\n```')
    const html = deck.slides[0].html
    expect(html).toContain('<code class="language-js" data-line-numbers="1-2|3">a\nb\nc</code>')
    expect(html).toContain('<code class="language-py" data-line-numbers="1,3" data-ln-start-from="10">x</code>')
    expect(html).toContain('<code>plain &lt;b&gt;</code>')
  })

  it('renders GFM tables, inline HTML and every heading level', () => {
    const { deck } = parseDeck('| a | b |\n|---|--:|\n| 1 | 2 |\n\n<span class="bd-term">ikebana</span>\n\n###### six\n\n#### four')
    const html = deck.slides[0].html
    expect(html).toContain('<table>')
    expect(html).toContain('<td align="right">2</td>')
    expect(html).toContain('<span class="bd-term">ikebana</span>')
    expect(html).toContain('<h6>six</h6>')
    expect(deck.slides[0].title).toBe('six')
  })

  it('passes image paths relative to the deck to the asset port, confined to the deck folder', () => {
    const asked: string[] = []
    const { deck } = parseDeck('![a](img/./chart.png) ![b](./img/../x.svg?v=1)', {
      resolveAsset: (path) => {
        asked.push(path)
        return { ok: true, url: `data:image/png;base64,${path}` }
      },
    })
    expect(asked).toEqual(['img/chart.png', 'x.svg'])
    expect(deck.slides[0].html).toContain('src="data:image/png;base64,img/chart.png"')
  })

  it('keeps the asset port’s own URLs (browser mode’s /files/<key>/…) in images, backgrounds and style, and nothing like them it did not give', () => {
    const served = (path: string) => ({ ok: true as const, url: `/files/k3y/${path}` })
    const { deck } = parseDeck('<!-- .slide: data-background-image="bg.png" -->\n![a](a.png)\n\n<p style="background: url(b.png)">x</p>\n\n<img src="/files/k3y/forged.png">\n\nNote: ![n](n.png)', { resolveAsset: served })
    const [slide] = deck.slides
    expect(slide.html).toContain('src="/files/k3y/a.png"')
    expect(slide.html).toContain('url(&quot;/files/k3y/b.png&quot;)')
    expect(slide.attributes['data-background-image']).toBe('/files/k3y/bg.png')
    expect(slide.notesHtml).toContain('src="/files/k3y/n.png"')
    // A URL the port never gave is not a deck path: the reader sees the placeholder.
    expect(slide.html).not.toContain('forged.png"')
  })

  it('keeps the URLs the host gives (served, or the app’s scheme) through the settling passes, and no others', () => {
    for (const url of ['/files/k3y/img/chart.png', 'briefdeck://files/img/chart.png']) {
      const { deck, diagnostics } = parseDeck('![a](img/chart.png)\n\n<img src="/files/other/x.png">\n\nNote: ![n](img/chart.png)', { resolveAsset: () => ({ ok: true, url }) })
      expect(deck.slides[0].html).toContain(`<img src="${url}" alt="a">`)
      expect(deck.slides[0].notesHtml).toContain(`<img src="${url}" alt="n">`)
      // A deck's own absolute path is still refused: only what the host resolved passes.
      expect(deck.slides[0].html).not.toContain('/files/other/x.png"')
      expect(diagnostics.map((d) => d.code)).toEqual(['W_ASSET_OUTSIDE'])
    }
  })

  it('shows a placeholder and warns with the line when an image is missing', () => {
    const { deck, diagnostics } = parseDeck('# A\n\n![gone](missing.png)', { file: 'd.md', resolveAsset: () => ({ ok: false, reason: 'missing' }) })
    expect(deck.slides[0].html).toContain('src="data:image/svg+xml')
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'W_ASSET_MISSING', file: 'd.md', line: 3 })])
  })

  it('takes the deck title from front matter, else the first heading, else the file name', () => {
    expect(parseDeck('---\ntitle: Front\n---\n# H').deck.title).toBe('Front')
    expect(parseDeck('text\n---\n## Heading').deck.title).toBe('Heading')
    expect(parseDeck('text', { file: 'slides/03-space.md' }).deck.title).toBe('03-space')
  })
})

describe('parseDeck: diagnostics', () => {
  it('reports broken front matter as a diagnostic with its line', () => {
    const { diagnostics } = parseDeck('---\ntheme: [\n---\n# Hi')
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'E_FRONTMATTER', line: 2, severity: 'error' })])
  })

  it('reports an unclosed code fence as an error at the line that opened it', () => {
    const { diagnostics } = parseDeck('---\ntitle: x\n---\n# A\n\n```js\nconst a = 1\n---\n# B', { file: 'f.md' })
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'E_UNCLOSED_FENCE', file: 'f.md', line: 6, severity: 'error' })])
  })

  it('keeps unknown front matter keys and reports them without failing', () => {
    const { deck, diagnostics } = parseDeck('---\ntitle: T\ncustomer: ACME\n---\n# A')
    expect(deck.meta.extra).toEqual({ customer: 'ACME' })
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'W_UNKNOWN_KEY', line: 3, severity: 'info' })])
  })
})

describe('parseDeck: hostile input', () => {
  it('refuses lists nested deeper than it can render quickly, naming the line', () => {
    const deep = Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')
    const { deck, diagnostics } = parseDeck(`# A\n---\n${deep}`, { file: 'd.md' })
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'E_TOO_DEEP', file: 'd.md', line: 3 + 129, severity: 'error' })])
    expect(deck.slides).toHaveLength(2)
  })

  it('refuses quotes nested thousands deep with an error at the slide', () => {
    const { diagnostics } = parseDeck(`# A\n---\n${'> '.repeat(20_000)}x`, { file: 'd.md' })
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'E_TOO_DEEP', line: 3 })])
  })

  it('cuts HTML nested deeper than a browser keeps, with a warning at its line', () => {
    const { deck, diagnostics } = parseDeck(`# A\n---\n\n${'<div>'.repeat(6000)}x`, { file: 'd.md' })
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'W_UNSAFE_HTML', line: 4, message: expect.stringContaining('nested more than 256 levels') })])
    expect(deck.slides[1].html.split('<div>').length - 1).toBe(255)
  })

  it('refuses a slide of more Markdown than a slide can hold, naming its line, and compiles the rest', () => {
    const { deck, diagnostics } = parseDeck(`# A\n---\n# B\n\n${'_a'.repeat(20_000)}\n---\n# C`, { file: 'd.md' })
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'E_TOO_LARGE', line: 3, severity: 'error' })])
    expect(deck.slides.map((s) => s.title)).toEqual(['A', '', 'C'])
  })

  it('keeps messages short when the input is huge', () => {
    const { diagnostics } = parseDeck('`'.repeat(100_000) + '\nx')
    expect(diagnostics[0].message.length).toBeLessThan(100)
  })
})

// How long hostile input takes is measured by `npm run bench` (tests/bench/hostile-bench.ts), not here.
describe('parseDeck: hostile input is refused or handled', () => {
  it('splits with a separator that would backtrack exponentially in JavaScript (RE2 runs it in linear time)', () => {
    const { deck, diagnostics } = parseDeck(`---\nseparator: "^a*a*a*a*a*a*a*a*a*a*b$"\n---\n# A\n${'a'.repeat(60)}\naab\n# B\n`)
    expect(diagnostics).toEqual([])
    expect(deck.slides.map((s) => s.title)).toEqual(['A', 'B'])
  })

  it('warns at the line of a separator RE2 cannot run, and uses the default', () => {
    const { diagnostics } = parseDeck('---\nseparator: "(?!x)"\nverticalSeparator: "(a)\\\\1"\n---\n# A\n')
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['W_BAD_SEPARATOR', 2], ['W_BAD_SEPARATOR', 3]])
  })

  it('resolves a CSS url() chain without error', () => {
    const { deck } = parseDeck(`<p style="${'url('.repeat(3_000)}">x</p>\n\n<style>${'url('.repeat(3_000)}</style>`)
    expect(deck.slides[0].html).toContain('>x</p>')
  })
})

describe('parseDeck: notes written as HTML', () => {
  it('takes reveal.js <aside class="notes"> as speaker notes, after any Note: text', () => {
    const { deck } = parseDeck('# A\n\n<aside class="notes">Say <b>this</b></aside>\n\nvisible\n\nNote: first')
    expect(deck.slides[0].html).not.toContain('Say')
    expect(deck.slides[0].html).toContain('visible')
    expect(deck.slides[0].notes).toBe('first\n\nSay this')
    expect(deck.slides[0].notesHtml).toBe('<p>first</p>\nSay <b>this</b>')
  })
})

describe('parseDeck: reveal-md decks as people write them', () => {
  const deck = [
    '---',
    'title: Quarterly review',
    'date: 2022/03/10',
    'theme: simple #night',
    'separator: <!--s-->',
    'verticalSeparator: <!--v-->',
    'tags:',
    'revealOptions:',
    "    transition: 'fade'",
    '    width: 1280',
    'description: "A long description',
    '  over two lines"',
    '---',
    '',
    '<!--.slide: data-background="./img/cover.jpg" -->',
    '# Review',
    '',
    'Note:',
    'Opening remarks',
    '',
    '<!--s-->',
    '',
    '<img data-src="img/chart.png" alt="">',
    '',
    '<!--v-->',
    '',
    '## Detail',
  ].join('\n')

  it('reads the front matter, separators, lazy images and attribute comments without a space', () => {
    const asked: string[] = []
    const { deck: parsed, diagnostics } = parseDeck(deck, { resolveAsset: (path) => (asked.push(path), { ok: true, url: `data:image/png;base64,${path}` }) })
    expect(parsed.meta).toMatchObject({ title: 'Quarterly review', date: '2022/03/10', theme: 'simple', revealOptions: { transition: 'fade', width: 1280 } })
    expect(parsed.meta.description).toBe('A long description over two lines')
    expect(parsed.slides.map((s) => [s.h, s.v])).toEqual([[0, 0], [1, 0], [1, 1]])
    expect(parsed.slides[0].attributes['data-background']).toBe('data:image/png;base64,img/cover.jpg')
    expect(parsed.slides[0].notes).toBe('Opening remarks')
    expect(parsed.slides[1].html).toContain('data-src="data:image/png;base64,img/chart.png"')
    expect(asked).toEqual(['img/cover.jpg', 'img/chart.png'])
    expect(diagnostics.map((d) => d.code)).toEqual(['W_UNKNOWN_KEY'])
  })
})

describe('parseDeck with a slide memo (the editor compiles on every keystroke)', () => {
  const deck = ['---', 'title: Memo', '---', '# A', '', 'Note: a', '---', '# B', '---', '# C', '<script>x</script>', '![c](img/c.png)'].join('\n')

  it('gives the same deck and diagnostics as a compile without it, also when slides move', () => {
    const memo = createSlideMemo()
    for (const text of [deck, deck.replace('# B', '# B, edited'), deck.replace('---\n# A', '---\n\n\n# A').replace('---\n# C', '--\n# C'), deck]) {
      const plain = parseDeck(text, { file: 'd.md' })
      expect(parseDeck(text, { file: 'd.md', memo })).toEqual(plain)
    }
  })

  it('renders again only the slides whose Markdown changed', () => {
    const memo = createSlideMemo()
    const asked: string[] = []
    const resolveAsset = (path: string) => (asked.push(path), { ok: true as const, url: path })
    const first = parseDeck(deck, { resolveAsset, memo })
    const askedFirst = asked.length
    const again = parseDeck(deck.replace('---\n# A', '---\n\n# A').replace('# B', '# B2'), { resolveAsset, memo })
    // Slide C, unchanged, was not rendered again: its image was not looked up again.
    expect(askedFirst).toBeGreaterThan(0)
    expect(asked).toHaveLength(askedFirst)
    expect(again.deck.slides[0].html).toBe(first.deck.slides[0].html)
    expect(again.deck.slides[1].title).toBe('B2')
    // The reused slides moved down a line, and so did their warnings.
    expect(again.deck.slides[2].startLine).toBe(first.deck.slides[2].startLine + 1)
    expect(first.diagnostics.find((d) => d.code === 'W_UNSAFE_HTML')?.line).toBe(11)
    expect(again.diagnostics.find((d) => d.code === 'W_UNSAFE_HTML')?.line).toBe(12)
  })
})
