import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KEYS, keyTableMarkdown, keysOf } from '../../../../../renderer/app/shared/key-table'
import { ROOT } from '../../../../helpers/browser'

describe('the key table', () => {
  it('is the README’s table, row for row', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(keyTableMarkdown())
  })

  it('gives no key code to two commands of the same view', () => {
    for (const view of ['audience', 'presenter'] as const) {
      const codes = keysOf(view).flatMap((row) => row.codes ?? [])
      expect(codes).toEqual([...new Set(codes)])
    }
  })

  it('lists the room keys in both views and the presenter’s own keys in the presenter only', () => {
    expect(keysOf('audience').map((row) => row.keys)).toEqual(expect.arrayContaining([KEYS.black.keys, KEYS.white.keys, KEYS.presenter.keys]))
    expect(keysOf('audience').map((row) => row.keys)).not.toContain(KEYS.freeze.keys)
    expect(keysOf('presenter').map((row) => row.keys)).toEqual(expect.arrayContaining([KEYS.freeze.keys, KEYS.jump.keys, KEYS.back.keys, KEYS.timer.keys]))
  })
})
