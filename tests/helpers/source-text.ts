import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

/**
 * The source the figure-check tests read: the sample briefing's article when it is beside the project
 * (../shared/source, on the developers' machines and in CI; it is someone else's writing and is never
 * copied into the project), else the project's own fixture, written for the tests with the same figures
 * ($22.85 billion, $12.5 billion, 15 per cent, 360 kmph).
 */
export function figureSourceFile(): { file: string; isArticle: boolean } {
  const article = resolve(__dirname, '../../../shared/source/india-japan-article.txt')
  if (existsSync(article)) return { file: article, isArticle: true }
  return { file: resolve(__dirname, '../fixtures/sources/trade-note.txt'), isArticle: false }
}
