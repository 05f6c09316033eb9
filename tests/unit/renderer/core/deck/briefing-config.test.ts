import { describe, expect, it } from 'vitest'
import { parseBriefingConfig } from '../../../../../renderer/core/deck/briefing-config'

describe('parseBriefingConfig', () => {
  it('reads the cover settings', () => {
    expect(parseBriefingConfig('title: Book\nauthor: Desk\ndate: 2025-08-30\n', 'b.yml')).toEqual({
      config: { title: 'Book', author: 'Desk', date: '2025-08-30' }, keyLines: { title: 1, author: 2, date: 3 }, diagnostics: [],
    })
  })

  it('reports bad YAML and unknown keys with their lines', () => {
    expect(parseBriefingConfig('title: [\n', 'b.yml').diagnostics).toEqual([expect.objectContaining({ code: 'E_FRONTMATTER', file: 'b.yml', line: 1 })])
    expect(parseBriefingConfig('title: x\ncolour: red\n', 'b.yml').diagnostics).toEqual([expect.objectContaining({ code: 'W_UNKNOWN_KEY', line: 2 })])
  })
})

describe('parseBriefingConfig: hostile YAML', () => {
  it('refuses an alias bomb with an error', () => {
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'title: x'].join('\n')
    expect(parseBriefingConfig(bomb, 'b.yml').diagnostics).toEqual([expect.objectContaining({ code: 'E_FRONTMATTER', severity: 'error' })])
  })
})
