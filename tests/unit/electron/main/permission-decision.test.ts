import { describe, expect, it } from 'vitest'
import { applyPermissionPolicy, permissionDecision } from '../../../../electron/main/permission-decision'

describe('permissionDecision', () => {
  it('grants full screen (reveal.js’s F key) to the app’s own pages', () => {
    expect(permissionDecision('fullscreen', 'briefdeck://app/index.html#/present/a.md')).toBe(true)
    expect(permissionDecision('fullscreen', 'briefdeck://app')).toBe(true)
  })

  it('refuses full screen to anything else, and every other permission to everyone', () => {
    for (const url of ['https://example.com/', 'briefdeck://files/x.html', 'file:///tmp/x.html', '', undefined]) {
      expect(permissionDecision('fullscreen', url)).toBe(false)
    }
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'pointerLock']) {
      expect(permissionDecision(permission, 'briefdeck://app/index.html')).toBe(false)
    }
  })

  // A fake session checks wiring only: both handlers are set, and each asks permissionDecision.
  it('puts the decision in charge of the session’s requests and checks', () => {
    const set: Record<string, (...args: never[]) => unknown> = {}
    applyPermissionPolicy({
      setPermissionRequestHandler: (handler) => void (set.request = handler as never),
      setPermissionCheckHandler: (handler) => void (set.check = handler as never),
    })
    const answers: boolean[] = []
    const page = { getURL: () => 'briefdeck://app/index.html' }
    const request = set.request as unknown as (c: unknown, p: string, cb: (ok: boolean) => void, d: object) => void
    request(page, 'fullscreen', (ok) => answers.push(ok), { requestingUrl: 'briefdeck://app/index.html' })
    request(page, 'media', (ok) => answers.push(ok), { requestingUrl: 'briefdeck://app/index.html' })
    request(page, 'fullscreen', (ok) => answers.push(ok), { requestingUrl: 'https://example.com/' })
    const check = set.check as unknown as (c: unknown, p: string, origin: string, d: object) => boolean
    answers.push(check(page, 'fullscreen', 'briefdeck://app', {}), check(page, 'fullscreen', 'https://example.com', {}))
    expect(answers).toEqual([true, false, false, true, false])
  })
})
