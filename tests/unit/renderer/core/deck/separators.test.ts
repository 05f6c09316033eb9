import { describe, expect, it } from 'vitest'
import { DEFAULT_SEPARATORS, isLinearEnough, resolveSeparators, toLinePattern } from '../../../../../renderer/core/deck/separators'

describe('toLinePattern', () => {
  it('turns reveal.js whole-file separators into line patterns', () => {
    expect(toLinePattern('\\r?\\n---\\r?\\n', 'line')?.source).toBe('^(?:---)$')
    expect(toLinePattern('^\\n--\\n$', 'line')?.source).toBe('^(?:--)$')
    expect(toLinePattern('<!--s-->', 'line')?.test('<!--s-->')).toBe(true)
    expect(toLinePattern('notes?:', 'prefix', 'i')?.test('NOTE: x')).toBe(true)
    expect(toLinePattern('([', 'line')).toBeNull()
  })
})

describe('isLinearEnough', () => {
  it.each(['---', '^<!--s-->$', 'notes?:', '(?:--|----)', '[+*]{3}', 'a{2,3}', '(ab)+', '\\(a+\\)+'])('accepts %s', (p) => {
    expect(isLinearEnough(p)).toBe(true)
  })
  it.each(['(a+)+$', '(a*)*', '(a|aa)+', '((ab)*)+', '(a{1,9}){2,}', '(a)\\1'])('refuses %s', (p) => {
    expect(isLinearEnough(p)).toBe(false)
  })
})

describe('resolveSeparators', () => {
  it('keeps the defaults, turns vertical slides off for an empty pattern, and warns at the key line for a bad one', () => {
    expect(resolveSeparators({}, {}, 'd.md').separators).toEqual(DEFAULT_SEPARATORS)
    expect(resolveSeparators({ verticalSeparator: '' }, {}, 'd.md').separators.vertical).toBeNull()
    const bad = resolveSeparators({ separator: '(a+)+', verticalSeparator: '([' }, { separator: 3, verticalSeparator: 4 }, 'd.md')
    expect(bad.separators.horizontal).toBe(DEFAULT_SEPARATORS.horizontal)
    expect(bad.separators.vertical).toBeNull()
    expect(bad.diagnostics.map((d) => [d.code, d.line])).toEqual([['W_BAD_SEPARATOR', 3], ['W_BAD_SEPARATOR', 4]])
  })
})
