import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { speakerViewScriptHashes } from '../../../../../electron/node/decks/reveal-runtime'

const hash = (text: string) => createHash('sha256').update(text).digest('base64')

describe('speakerViewScriptHashes', () => {
  it('hashes the inline scripts of the page a plugin writes into its popup, escapes resolved', () => {
    const plugin = 'w.document.write(`<html><script>\\n\\tgo(\\`x\\`)\\n<\\/script></html>`),more()'
    expect(speakerViewScriptHashes(plugin)).toEqual([hash('\n\tgo(`x`)\n')])
  })

  it('reads double-quoted literals too', () => {
    expect(speakerViewScriptHashes('document.write("<script>a(\\"b\\")<\\/script>")')).toEqual([hash('a("b")')])
  })

  it('refuses a page it cannot hash exactly', () => {
    expect(() => speakerViewScriptHashes('document.write(`<script>${x}</script>`)')).toThrow(/template/)
    expect(() => speakerViewScriptHashes('nothing here')).toThrow(/not found/)
  })
})
