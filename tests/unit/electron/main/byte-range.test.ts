import { describe, expect, it } from 'vitest'
import { parseByteRange } from '../../../../electron/main/byte-range'

describe('parseByteRange', () => {
  it('reads the three forms of a single byte range, end inclusive', () => {
    expect(parseByteRange('bytes=0-99', 1000)).toEqual({ kind: 'part', start: 0, end: 99 })
    expect(parseByteRange('bytes=500-', 1000)).toEqual({ kind: 'part', start: 500, end: 999 })
    expect(parseByteRange('bytes=-100', 1000)).toEqual({ kind: 'part', start: 900, end: 999 })
  })

  it('clips a range that runs past the end, and a suffix longer than the file', () => {
    expect(parseByteRange('bytes=900-5000', 1000)).toEqual({ kind: 'part', start: 900, end: 999 })
    expect(parseByteRange('bytes=-5000', 1000)).toEqual({ kind: 'part', start: 0, end: 999 })
  })

  it('is unsatisfiable when the range starts at or past the end, or asks for no bytes', () => {
    expect(parseByteRange('bytes=1000-', 1000)).toEqual({ kind: 'unsatisfiable' })
    expect(parseByteRange('bytes=2000-3000', 1000)).toEqual({ kind: 'unsatisfiable' })
    expect(parseByteRange('bytes=-0', 1000)).toEqual({ kind: 'unsatisfiable' })
    expect(parseByteRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' })
  })

  it.each([null, undefined, '', 'bytes=', 'bytes=-', 'items=0-9', 'bytes=9-0', 'bytes=0-9,20-29', 'bytes=a-b', 'bytes=99999999999999999999-'])(
    'sends the whole file for %s (absent, malformed, another unit, several ranges)', (header) => {
      expect(parseByteRange(header, 1000)).toEqual({ kind: 'whole' })
    })
})
