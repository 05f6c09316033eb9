import { describe, expect, it } from 'vitest'
import { briefLines } from '../../../../../renderer/app/editor/brief-gutter'

describe('briefLines', () => {
  it('finds markings, audiences and backup slides where the source writes them', () => {
    const text = [
      '# A', '<!-- .slide: data-marking="CONFIDENTIAL" data-audience="principal" -->', 'Text <!-- .element: data-marking="SECRET" -->',
      '<!-- .slide: data-backup -->', '<!-- backup -->', 'A comment <!-- about data-marking="x" --> in prose', 'data-audience="x" without a comment',
    ].join('\n')
    expect(briefLines(text)).toEqual([
      { line: 2, mark: 'marking', detail: 'CONFIDENTIAL' }, { line: 2, mark: 'audience', detail: 'principal' },
      { line: 3, mark: 'marking', detail: 'SECRET' }, { line: 4, mark: 'backup', detail: '' }, { line: 5, mark: 'backup', detail: '' },
    ])
  })
})
