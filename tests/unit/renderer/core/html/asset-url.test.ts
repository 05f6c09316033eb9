import { describe, expect, it } from 'vitest'
import { classifyUrl, toDeckPath } from '../../../../../renderer/core/html/asset-url'

describe('toDeckPath', () => {
  it.each([
    ['img/a.png', 'img/a.png'], ['./img/./a.png', 'img/a.png'], ['img/x/../a.png', 'img/a.png'],
    ['a%20b.png', 'a b.png'], ['img/a.png?v=2#frag', 'img/a.png'], ['img\\a.png', 'img/a.png'],
  ])('normalises %s to %s', (url, path) => {
    expect(toDeckPath(url)).toBe(path)
  })

  it.each(['../a.png', 'img/../../a.png', '/etc/passwd', '\\\\server\\share', 'C:/x.png', '%2e%2e/a.png', 'a%00.png', '%E0%A4%A', '.', ''])(
    'refuses %s', (url) => {
      expect(toDeckPath(url)).toBeNull()
    })
})

describe('classifyUrl', () => {
  it('allows http(s), mailto, tel, fragments and relative links', () => {
    for (const url of ['https://a.org', 'HTTP://a.org', 'mailto:x@y.z', 'tel:+1', '#/3', 'other.html']) {
      expect(classifyUrl(url, 'link').kind).toBe('keep')
    }
  })

  it('refuses script and document schemes as links', () => {
    for (const url of ['javascript:x', ' JavaScript:x', 'java\nscript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc']) {
      expect(classifyUrl(url, 'link').kind).toBe('unsafe')
    }
  })

  it('sorts fetched resources into local, remote, outside and media data URLs', () => {
    expect(classifyUrl('img/a.png', 'resource')).toEqual({ kind: 'local', path: 'img/a.png' })
    expect(classifyUrl('https://cdn.example/a.png', 'resource').kind).toBe('remote')
    expect(classifyUrl('//cdn.example/a.png', 'resource').kind).toBe('remote')
    expect(classifyUrl('../a.png', 'resource').kind).toBe('outside')
    expect(classifyUrl('data:image/png;base64,AA', 'resource').kind).toBe('keep')
    expect(classifyUrl('data:text/html;base64,AA', 'resource').kind).toBe('unsafe')
    expect(classifyUrl('blob:x', 'resource').kind).toBe('unsafe')
  })
})
