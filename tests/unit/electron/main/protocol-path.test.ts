import { describe, expect, it } from 'vitest'
import { isSafeExternalUrl } from '../../../../electron/main/external-links'
import { isTrustedSender, toProtocolTarget } from '../../../../electron/main/protocol-path'

describe('toProtocolTarget', () => {
  it('maps app and folder URLs to a root and a relative path', () => {
    expect(toProtocolTarget('briefdeck://app/')).toEqual({ root: 'app', path: 'index.html' })
    expect(toProtocolTarget('briefdeck://app/app.js')).toEqual({ root: 'app', path: 'app.js' })
    // index.html links /app/app.js, /app/app.css and /app/icon.png, as browser mode serves them.
    expect(toProtocolTarget('briefdeck://app/app/app.js')).toEqual({ root: 'app', path: 'app.js' })
    expect(toProtocolTarget('briefdeck://app/app/icon.png')).toEqual({ root: 'app', path: 'icon.png' })
    expect(toProtocolTarget('briefdeck://files/img/a%20b.png')).toEqual({ root: 'files', path: 'img/a b.png' })
  })

  it.each([
    'briefdeck://files/../secret.md', 'briefdeck://files/%2e%2e/secret.md', 'briefdeck://files/img/%2e%2e/%2e%2e/x',
    'briefdeck://files/..%5c..%5cx', 'briefdeck://files/C:/x', 'briefdeck://files/a%00.png', 'briefdeck://other/x',
    'file:///etc/passwd', 'https://app/x', 'briefdeck://files/', 'not a url',
  ])('refuses %s', (url) => {
    expect(toProtocolTarget(url)).toBeNull()
  })
})

describe('isTrustedSender', () => {
  it('trusts only the app’s own pages', () => {
    expect(isTrustedSender('briefdeck://app/index.html#/present/a.md')).toBe(true)
    for (const url of ['briefdeck://files/evil.html', 'https://example.com', 'file:///tmp/x.html', 'about:blank', '', undefined]) {
      expect(isTrustedSender(url)).toBe(false)
    }
  })
})

describe('isSafeExternalUrl', () => {
  it('opens only http(s) links to a host, without credentials', () => {
    expect(isSafeExternalUrl('https://www.firstpost.com/opinion')).toBe(true)
    expect(isSafeExternalUrl('http://example.org')).toBe(true)
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'ms-msdt:/id', 'https://user:pw@example.com', 'mailto:a@b.c', 'nonsense']) {
      expect(isSafeExternalUrl(url)).toBe(false)
    }
  })
})
