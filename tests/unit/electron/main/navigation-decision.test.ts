import { describe, expect, it } from 'vitest'
import { navigationDecision } from '../../../../electron/main/navigation-decision'

describe('navigationDecision', () => {
  it('opens a safe http(s) link clicked in a slide in the system browser', () => {
    expect(navigationDecision('https://www.mea.gov.in/bilateral-documents.htm')).toBe('external')
    expect(navigationDecision('http://example.org/report')).toBe('external')
  })

  it('lets the app’s own pages load', () => {
    expect(navigationDecision('briefdeck://app/index.html#/present/a.md')).toBe('allow')
  })

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'briefdeck://files/evil.html', 'smb://host/share', 'https://user:pw@example.com/', 'about:blank'])(
    'refuses %s', (url) => {
      expect(navigationDecision(url)).toBe('deny')
    })
})
