import { describe, expect, it } from 'vitest'
import { isLinearEnough, toLinePattern } from '../../../../../renderer/core/deck/split-slides'

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
