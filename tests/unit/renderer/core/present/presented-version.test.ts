import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../../../../renderer/core/deck/deck'
import { isPresentable, presentedVersion } from '../../../../../renderer/core/present/presented-version'

const fence: Diagnostic = { code: 'E_UNCLOSED_FENCE', severity: 'error', file: 'talk.md', line: 19, message: 'code fence ``` opened here is never closed' }
const long: Diagnostic = { code: 'W_NOTES_TOO_LONG', severity: 'warning', file: 'talk.md', line: 3, message: 'notes too long' }
const version = (name: string, ...diagnostics: Diagnostic[]) => ({ name, diagnostics })

describe('the version a presenting view shows', () => {
  it('calls a version good when it has no errors, warnings or not', () => {
    expect(isPresentable(version('a', long))).toBe(true)
    expect(isPresentable(version('b', fence, long))).toBe(false)
  })

  it('keeps the last good version on screen while the file has errors, and holds the errors for the presenter', () => {
    const good = presentedVersion(null, version('good', long))
    expect(good).toEqual({ shown: version('good', long), errors: [], holding: false })
    const broken = presentedVersion(good, version('broken', fence))
    expect(broken).toEqual({ shown: version('good', long), errors: [fence], holding: true })
    const stillBroken = presentedVersion(broken, version('broken again', fence))
    expect(stillBroken.shown.name).toBe('good')
    expect(presentedVersion(stillBroken, version('fixed'))).toEqual({ shown: version('fixed'), errors: [], holding: false })
  })

  it('shows a broken version as it compiled when there was never a good one', () => {
    const opened = presentedVersion(null, version('broken', fence))
    expect(opened).toEqual({ shown: version('broken', fence), errors: [fence], holding: false })
    expect(presentedVersion(opened, version('newer', fence)).shown.name).toBe('newer')
  })
})
