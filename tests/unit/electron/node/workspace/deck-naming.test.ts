import { describe, expect, it } from 'vitest'
import { fillTemplate, toLocalDate } from '../../../../../electron/node/workspace/deck-naming'

const TEMPLATE = '---\ntitle: New briefing\nauthor: Your name\ndate: 2025-01-01\n---\n\n# New briefing\n\nNote: date: not this one\n'

describe('a new deck from the template', () => {
  it('is dated by the local calendar day, as YYYY-MM-DD', () => {
    // Local-time constructors: the same wall-clock day wherever the tests run.
    expect(toLocalDate(new Date(2026, 2, 7, 0, 0, 1))).toBe('2026-03-07')
    expect(toLocalDate(new Date(2026, 11, 31, 23, 59, 59))).toBe('2026-12-31')
    expect(toLocalDate(new Date(987, 0, 2))).toBe('0987-01-02')
  })

  it('takes the day from local time, not UTC, late in the evening west of Greenwich', () => {
    const zone = process.env.TZ
    try {
      process.env.TZ = 'America/New_York'
      // 02:30 UTC on 1 July is still 30 June in New York.
      expect(toLocalDate(new Date(Date.UTC(2026, 6, 1, 2, 30)))).toBe('2026-06-30')
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })

  it('fills the title, the front matter date and the first heading, and nothing else', () => {
    expect(fillTemplate(TEMPLATE, 'Q3 outlook', '2026-03-07'))
      .toBe('---\ntitle: "Q3 outlook"\nauthor: Your name\ndate: 2026-03-07\n---\n\n# Q3 outlook\n\nNote: date: not this one\n')
  })
})
