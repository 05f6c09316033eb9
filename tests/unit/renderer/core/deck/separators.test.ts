import { describe, expect, it } from 'vitest'
import { DEFAULT_SEPARATORS, resolveSeparators, toLinePattern, toPrefixPattern } from '../../../../../renderer/core/deck/separators'

describe('toLinePattern', () => {
  it('turns reveal.js whole-file separators into line patterns', () => {
    expect(toLinePattern('\\r?\\n---\\r?\\n')?.test('---')).toBe(true)
    expect(toLinePattern('\\r?\\n---\\r?\\n')?.test('----')).toBe(false)
    expect(toLinePattern('^\\n--\\n$')?.test('--')).toBe(true)
    expect(toLinePattern('<!--s-->')?.test('<!--s-->')).toBe(true)
    expect(toLinePattern('([')).toBeNull()
  })

  it('refuses what RE2 cannot run in linear time, instead of backtracking', () => {
    expect(toLinePattern('(?=x)x')).toBeNull()
    expect(toLinePattern('(a)\\1')).toBeNull()
  })

  it('runs patterns that backtrack exponentially in JavaScript on a long line (RE2 is linear)', () => {
    for (const [source, line] of [['^a*a*a*a*a*a*a*a*a*a*b$', 'a'.repeat(10_000)], ['(a+)+$', `${'a'.repeat(10_000)}!`], ['(x|xx)*y', 'x'.repeat(10_000)]]) {
      expect(toLinePattern(source)?.test(line)).toBe(false)
    }
  })
})

describe('toPrefixPattern', () => {
  it('matches the notes marker at a line’s start, case-insensitively, and says where it ends', () => {
    const notes = toPrefixPattern('notes?:', 'i')
    expect(notes?.test('NOTE: x')).toBe(true)
    expect(notes?.end('Note: x')).toBe(5)
    expect(notes?.end('x Note:')).toBe(-1)
  })
})

describe('resolveSeparators', () => {
  it('keeps the defaults, turns vertical slides off for an empty pattern, and warns at the key line for a bad one', () => {
    expect(resolveSeparators({}, {}, 'd.md').separators).toEqual(DEFAULT_SEPARATORS)
    expect(resolveSeparators({ verticalSeparator: '' }, {}, 'd.md').separators.vertical).toBeNull()
    const bad = resolveSeparators({ separator: '(?!x)', verticalSeparator: '([' }, { separator: 3, verticalSeparator: 4 }, 'd.md')
    expect(bad.separators.horizontal).toBe(DEFAULT_SEPARATORS.horizontal)
    expect(bad.separators.vertical).toBeNull()
    expect(bad.diagnostics.map((d) => [d.code, d.line])).toEqual([['W_BAD_SEPARATOR', 3], ['W_BAD_SEPARATOR', 4]])
  })
})
