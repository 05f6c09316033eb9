import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import type { HLJSApi } from 'highlight.js'
import type { Deck } from '../../../../../renderer/core/deck/deck'
import { codeHighlighter } from '../../../../../electron/node/export/code-highlighter'

const require = createRequire(import.meta.url)
const withCode = [{ slides: [{ hasCodeBlock: true }] }] as unknown as Deck[]

/** highlight.js with every language, as the export loaded it before, in its own process: the reference output. */
function reference(blocks: Array<[string, string]>): Array<string> {
  const script = `const hljs = require('highlight.js'); const blocks = JSON.parse(process.argv[1]);
    process.stdout.write(JSON.stringify(blocks.map(([l, c]) => hljs.getLanguage(l) ? hljs.highlight(c, { language: l, ignoreIllegals: true }).value : hljs.highlightAuto(c).value)))`
  return JSON.parse(execFileSync(process.execPath, ['-e', script, JSON.stringify(blocks)], { encoding: 'utf8', cwd: require.resolve('highlight.js').split('/node_modules/')[0] })) as string[]
}

describe('code highlighting for print, loading only the languages the code is in', () => {
  it('highlights named languages, aliases and embedded languages as highlight.js with every language does, loading only those', async () => {
    const highlight = await codeHighlighter(withCode)
    const blocks: Array<[string, string]> = [
      ['yaml', 'key: value\nlist:\n  - 1'],
      ['js', 'const x = `a ${b}`'],
      ['TS', 'let n: number = 1'],
      ['html', '<p class="a">x</p><script>let y = 2</script><style>p { color: red }</style>'],
      ['sh', 'echo "$HOME" | grep x'],
    ]
    expect(blocks.map(([language, code]) => highlight!(code, language))).toEqual(reference(blocks))
    const core = require('highlight.js/lib/core') as HLJSApi
    expect(core.listLanguages()).toEqual(expect.arrayContaining(['yaml', 'javascript', 'typescript', 'xml', 'css', 'bash']))
    expect(core.listLanguages()).not.toContain('python')
  })

  it('guesses the language of unnamed or unknown code among all languages, as before', async () => {
    const highlight = await codeHighlighter(withCode)
    const code = 'def f(x):\n    return [i for i in range(x)]\n'
    const [expected] = reference([['', code]])
    expect(highlight!(code, '')).toBe(expected)
    expect(highlight!(code, 'no-such-language')).toBe(expected)
    // The check can fail: the guess is not the text left plain.
    expect(expected).toContain('hljs-')
    // Every language loads twice here (the guess, and the reference in its own process): seconds on a busy machine.
  }, 30_000)

  it('loads nothing for decks without code', async () => {
    expect(await codeHighlighter([{ slides: [{ hasCodeBlock: false }] }] as unknown as Deck[])).toBeUndefined()
  })
})
