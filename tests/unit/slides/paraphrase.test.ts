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

describe.skipIf(!existsSync(ARTICLE))('the decks paraphrase the source article', () => {
  const article = runs(readFileSync(ARTICLE, 'utf8'))
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
