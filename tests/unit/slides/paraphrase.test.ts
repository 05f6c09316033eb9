import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../../..')
const ARTICLE = resolve(ROOT, '../shared/source/india-japan-article.txt')
const RUN = 8

const words = (text: string): string[] =>
  text.toLowerCase().replace(/[’']/g, "'").replace(/<[^>]+>/g, ' ').match(/[\p{L}\p{N}$%.,-]+/gu)?.map((w) => w.replace(/[.,]+$/, '')) ?? []

/** Every run of RUN consecutive words of a text, as a set of joined strings. */
function runs(text: string): Set<string> {
  const list = words(text)
  const out = new Set<string>()
  for (let i = 0; i + RUN <= list.length; i++) out.add(list.slice(i, i + RUN).join(' '))
  return out
}

// The article is someone else's writing and is not part of the project: it sits beside the project
// (../shared/source) on the developers' machines and in CI, and is absent from a newcomer's clone.
const available = existsSync(ARTICLE)
if (!available) console.info(`skipped: the source article is not beside the project (${ARTICLE})`)

describe.skipIf(!available)('the decks paraphrase the source article', () => {
  // Read lazily: vitest runs a skipped describe's body to collect its tests.
  const article = available ? runs(readFileSync(ARTICLE, 'utf8')) : new Set<string>()
  const decks = readdirSync(join(ROOT, 'slides')).filter((f) => f.endsWith('.md'))

  it.each(decks)('%s copies no run of 8 words from the article', (deck) => {
    const copied = [...runs(readFileSync(join(ROOT, 'slides', deck), 'utf8'))].filter((run) => article.has(run))
    expect(copied).toEqual([])
  })

  it('finds copied text (the check above can fail)', () => {
    const sentence = 'Semiconductors and artificial intelligence top the agenda, alongside cooperation in critical minerals'
    expect([...runs(sentence)].some((run) => article.has(run))).toBe(true)
  })
})
