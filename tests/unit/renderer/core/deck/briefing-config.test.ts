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
