import { describe, expect, it } from 'vitest'
import { createMarkdown } from '../../../../../renderer/core/markdown/create-markdown'

describe('codeLineNumbers', () => {
  const markdown = createMarkdown()
  const render = (source: string) => markdown(source).html

  it('emits reveal’s data-line-numbers for step syntax and plain language classes otherwise', () => {
    expect(render('```ts [2|4-5]\ncode\n```')).toBe('<pre><code class="language-ts" data-line-numbers="2|4-5">code</code></pre>\n')
    expect(render('```ts []\ncode\n```')).toBe('<pre><code class="language-ts" data-line-numbers="">code</code></pre>\n')
    expect(render('```ts\ncode\n```')).toBe('<pre><code class="language-ts">code</code></pre>\n')
  })

  it('does not let the info string inject attributes', () => {
    expect(render('```js" onclick="x\ncode\n```')).toBe('<pre><code class="language-js">code</code></pre>\n')
  })
})
