import { describe, expect, it } from 'vitest'
import { toLongDate } from '../../../../../renderer/core/print/long-date'

describe('toLongDate', () => {
  it('writes a front matter date out as day, month name and year', () => {
    expect(toLongDate('2025-08-30')).toBe('30 August 2025')
    expect(toLongDate('2025-01-05')).toBe('5 January 2025')
    expect(toLongDate('2024-02-29')).toBe('29 February 2024')
    expect(toLongDate(' 2025-12-31 ')).toBe('31 December 2025')
  })

  it('gives the same words whatever the machine’s time zone, as no local time is involved', () => {
    const zone = process.env.TZ
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
        process.env.TZ = tz
        expect(toLongDate('2025-01-01')).toBe('1 January 2025')
      }
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })

  it('leaves anything that is not a real YYYY-MM-DD date as the author wrote it', () => {
    for (const value of ['Q3 2025', '30 August 2025', '2025-8-30', '2025-02-29', '2025-13-01', '2025-04-31', '2025-08-30T09:00', '']) {
      expect(toLongDate(value)).toBe(value)
    }
  })
})
