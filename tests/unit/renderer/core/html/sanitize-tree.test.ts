import { describe, expect, it } from 'vitest'
import { type HtmlNode, isElement, parseHtml, walk } from '../../../../../renderer/core/html/html-tree'
import { parseDeck } from '../../../../../renderer/core/deck/parse-deck'

const html = (markdown: string): string => {
  const { deck } = parseDeck(markdown)
  return deck.slides.map((s) => s.html + s.notesHtml + JSON.stringify(s.attributes)).join('\n')
}

const SCRIPTING_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'foreignobject', 'animate', 'set', 'template', 'noscript'])

/**
 * What would run script or navigate once the HTML is in a page, found by parsing it as the HTML
 * standard (and so a browser) builds it; text that merely mentions `onerror=` is harmless. The
 * end-to-end oracle (tests/e2e/sanitize-oracle.test.ts) checks the same in Chromium itself.
 */
function scriptingParts(markup: string): string[] {
  const found: string[] = []
  walk(parseHtml(markup), (node: HtmlNode) => {
    if (!isElement(node)) return
    if (SCRIPTING_ELEMENTS.has(node.tagName.toLowerCase())) found.push(`<${node.tagName}>`)
    for (const { name, value } of node.attrs) {
      if (name.startsWith('on') || name === 'srcdoc' || /^\s*(javascript|vbscript|data:text)/i.test(value.replace(/[\s\u0000-\u001f]/g, ''))) {
        found.push(`${node.tagName}[${name}=${value}]`)
      }
    }
  })
  return found
}

describe('sanitizeTree: raw HTML may format but never run script', () => {
  it.each([
    ['script element', '<script>alert(1)</script>'],
    ['script with src', '<script src="x.js"></script>'],
    ['event handler', '<img src="a.png" onerror="alert(1)">'],
    ['upper-case handler', '<b ONCLICK="alert(1)">x</b>'],
    ['handler on unknown element', '<custom-el onmouseover="alert(1)">x</custom-el>'],
    ['javascript: link', '<a href="javascript:alert(1)">x</a>'],
    ['Markdown javascript: link', '[x](javascript:alert(1))'],
    ['entity-encoded scheme', '<a href="jav&#x61;script:alert(1)">x</a>'],
    ['tab inside scheme', '<a href="java\tscript:alert(1)">x</a>'],
    ['vbscript: link', '<a href="vbscript:msgbox(1)">x</a>'],
    ['data: html link', '<a href="data:text/html,<script>alert(1)</script>">x</a>'],
    ['iframe', '<iframe src="https://example.com"></iframe>'],
    ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    ['object', '<object data="x.swf"></object>'],
    ['embed', '<embed src="x.swf">'],
    ['base href', '<base href="https://evil.example/">'],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
    ['svg script', '<svg><script>alert(1)</script></svg>'],
    ['svg onload', '<svg onload="alert(1)"><rect width="1" height="1"/></svg>'],
    ['svg animate href', '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a></svg>'],
    ['svg use external', '<svg><use href="data:image/svg+xml,<svg onload=alert(1)>"/></svg>'],
    ['foreignObject', '<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>'],
    ['style breakout in svg', '<svg><style><img src=x onerror=alert(1)></style></svg>'],
    ['form action', '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>'],
    ['css expression', '<p style="width: expression(alert(1))">x</p>'],
    ['css javascript url', '<p style="background: url(javascript:alert(1))">x</p>'],
    ['template', '<template><script>alert(1)</script></template>'],
    ['noscript mXSS', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
    ['slide background iframe', '<!-- .slide: data-background-iframe="javascript:alert(1)" -->'],
    ['element comment handler', 'x <!-- .element: onclick="alert(1)" -->'],
    ['script in notes', '# A\nNote: <script>alert(1)</script><img src=x onerror=alert(1)>'],
    ['unclosed tag trick', '<img src="a.png" onerror="alert(1)"'],
    ['comment breakout', '<!--><img src=x onerror=alert(1)>-->'],
    ['mXSS: SVG title raw < in an attribute', '<div><svg><p><title><img alt="</title><meta http-equiv=refresh content=\'0;url=http://127.0.0.1:9/evil\'>"></title></p></svg></div>'],
    ['mXSS: svg b title', '<svg><b><title><img alt="</title><img src=x onerror=alert(1)>">'],
    ['mXSS: math p title', '<math><p><title><img alt="</title><img src=x onerror=alert(1)>">'],
    ['mXSS: mglyph style', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
    ['mXSS: form in math', '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>'],
    ['mXSS: style in svg after p', '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">'],
    ['select breakout', '<select><style></select><img src=x onerror=alert(1)></style>'],
    ['data-notes on a slide', '<!-- .slide: data-notes="<iframe src=\'file:///etc/hostname\'></iframe>" -->\n# A'],
  ])('removes %s', (_name, markdown) => {
    const { deck } = parseDeck(markdown)
    const markup = deck.slides.map((s) => {
      const attributes = Object.entries(s.attributes).map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`).join('')
      return `<section${attributes}>${s.html}${s.notesHtml}</section>`
    }).join('')
    expect(scriptingParts(markup)).toEqual([])
  })

  it('escapes < and > in every attribute value it writes', () => {
    const out = html('<span title="</p><meta http-equiv=refresh content=0>">x</span>')
    expect(out).toContain('title="&lt;/p&gt;&lt;meta http-equiv=refresh content=0&gt;"')
  })

  it('turns a slide’s data-notes into notes text, never HTML', () => {
    const { deck } = parseDeck('<!-- .slide: data-notes="<b>say</b> this" -->\n# A')
    expect(deck.slides[0].attributes['data-notes']).toBeUndefined()
    expect(deck.slides[0].notesHtml).toBe('<p>&lt;b&gt;say&lt;/b&gt; this</p>')
  })

  it('removes ids the page itself uses, so a deck cannot stand in for its config or globals', () => {
    const out = html('<div id="bd-config">{"plugins":1}</div><div id="RevealHighlight">x</div><p id="intro">kept</p>')
    expect(out).not.toContain('id="bd-config"')
    expect(out).not.toContain('id="RevealHighlight"')
    expect(out).toContain('id="intro"')
  })

  it('drops CSS that hides url() or @import behind escapes', () => {
    for (const css of ['background: u\\72l(https://evil.example/x.png)', 'background: image-set("x.png" 1x)', 'background: \\75 rl(x.png)']) {
      expect(html(`<p style='${css}'>x</p>`)).not.toContain('style=')
    }
    expect(html('<style>@\\69mport url(https://evil.example/x.css); p { color: red }</style>')).toContain('<style></style>')
  })

  it('confines a deck’s <style> to its slides, and empties one whose braces would close that', () => {
    expect(html('<style>h2 { color: teal }</style>')).toMatch(/@scope \(\.bd-deck-\w+\) to \(\.bd-chrome-layer, \.bd-chrome\) \{/)
    expect(html('<style>h2 { color: teal } } body { display: none } @media x {</style>')).toContain('<style></style>')
    expect(html('<style>p::after { content: "}" } @keyframes k { to { opacity: 1 } }</style>')).toMatch(/<style>@keyframes k \{ to \{ opacity: 1 \} \}\n@scope/)
  })

  it('keeps a deck’s styles off the slide chrome (marking banners, the draft stamp)', () => {
    const out = html('<style>.bd-marking, .bd-draft, .bd-chrome { display: none !important }</style>')
    expect(out).toMatch(/@scope \([^)]*\) to \(\.bd-chrome-layer, \.bd-chrome\)/)
  })

  it('takes no url() in a background gradient', () => {
    expect(html('<!-- .slide: data-background-gradient="linear-gradient(red, blue)" -->\n# A')).toContain('data-background-gradient')
    expect(html('<!-- .slide: data-background-gradient="url(http://127.0.0.1:9911/m8)" -->\n# A')).not.toContain('9911')
  })

  it('finds script in unsanitised HTML (the check above can fail)', () => {
    expect(scriptingParts('<img src=x onerror=alert(1)><a href="java&#x09;script:x">y</a><script></script>')).toHaveLength(3)
  })

  it('keeps formatting HTML, inline styles and <style> blocks', () => {
    const out = html('<div class="bd-columns" style="gap: 2em"><span style="color:#c00">red</span></div>\n\n<style>.reveal h2 { color: teal }</style>')
    expect(out).toContain('<div class="bd-columns" style="gap: 2em"><span style="color:#c00">red</span></div>')
    expect(out).toMatch(/<style>@scope \(\.bd-deck-\w+\) to \(\.bd-chrome-layer, \.bd-chrome\) \{\n\.reveal h2 \{ color: teal \}\n\}<\/style>/)
  })

  it('keeps safe links and marks new-window links noopener', () => {
    const out = html('[site](https://example.org) [mail](mailto:a@b.c) <a href="#/2" target="_blank">next</a>')
    expect(out).toContain('href="https://example.org"')
    expect(out).toContain('href="mailto:a@b.c"')
    expect(out).toContain('<a href="#/2" target="_blank" rel="noopener noreferrer">')
  })

  it('escapes `<` inside <style>, so no parser can read a tag out of it', () => {
    expect(html('<style>p::after { content: "<img src=x onerror=alert(1)>" }</style>')).toContain('content: "\\3c img src=x onerror=alert(1)>"')
  })

  it('drops @import from <style>, which would fetch', () => {
    expect(html('<style>@import url(https://fonts.example/x.css); p { color: red }</style>')).not.toContain('@import')
  })

  it('reports each removal as a warning with the source line', () => {
    const { diagnostics } = parseDeck('# A\n\ntext\n\n<script>x()</script>', { file: 'd.md' })
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'W_UNSAFE_HTML', line: 5, severity: 'warning' })])
  })

  it('keeps GitHub task-list checkboxes but no other inputs', () => {
    const out = html('- [x] done\n\n<input type="text" value="x">')
    expect(out).toContain('type="checkbox"')
    expect(out).not.toContain('type="text"')
  })
})

describe('sanitizeTree: resources stay offline and inside the deck folder', () => {
  const resolve = () => ({ ok: true as const, url: 'data:image/png;base64,AAAA' })

  it('replaces a remote image with a placeholder and warns', () => {
    const { deck, diagnostics } = parseDeck('![x](https://example.com/x.png)', { resolveAsset: resolve })
    expect(deck.slides[0].html).not.toContain('src="https://example.com')
    expect(deck.slides[0].html).toContain('src="data:image/svg+xml')
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'W_REMOTE_ASSET' })])
  })

  it.each(['../secret.png', '/etc/passwd', 'C:\\Windows\\x.png', 'a/../../b.png', '%2e%2e/x.png', 'file:///etc/passwd'])(
    'never asks the host for %s',
    (path) => {
      let asked = false
      const { deck } = parseDeck(`![x](${path.replace(/\\/g, '\\\\')})`, { resolveAsset: () => ((asked = true), resolve()) })
      expect(asked).toBe(false)
      expect(deck.slides[0].html).toContain('data:image/svg+xml')
    },
  )

  it('resolves slide backgrounds and CSS url() like images', () => {
    const { deck } = parseDeck('<!-- .slide: data-background-image="bg.png" -->\n<p style="background-image: url(\'tex.png\')">x</p>', { resolveAsset: resolve })
    expect(deck.slides[0].attributes['data-background-image']).toBe('data:image/png;base64,AAAA')
    expect(deck.slides[0].html).toContain('url(&quot;data:image/png;base64,AAAA&quot;)')
  })

  it('keeps a colour in data-background but resolves an image path', () => {
    const { deck } = parseDeck('<!-- .slide: data-background="#ff0000" -->\n---\n<!-- .slide: data-background="img/a.jpg" -->', { resolveAsset: resolve })
    expect(deck.slides[0].attributes['data-background']).toBe('#ff0000')
    expect(deck.slides[1].attributes['data-background']).toBe('data:image/png;base64,AAAA')
  })
})
