import { chmodSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findChromium } from '../../../../../electron/node/export/find-chromium'
import { useTempDir } from '../../../../helpers/temp-dir'

describe('findChromium', () => {
  const tempDir = useTempDir()
  const fakeBrowser = () => {
    const path = join(tempDir(), 'chrome')
    writeFileSync(path, '#!/bin/sh\n')
    chmodSync(path, 0o755)
    return path
  }

  it('prefers $BRIEFDECK_CHROMIUM over $CHROME_PATH', () => {
    const a = fakeBrowser()
    const b = fakeBrowser()
    expect(findChromium({ BRIEFDECK_CHROMIUM: a, CHROME_PATH: b })).toEqual({ path: a, source: 'BRIEFDECK_CHROMIUM', isElectron: false })
    expect(findChromium({ CHROME_PATH: b })).toMatchObject({ path: b, source: 'CHROME_PATH' })
  })

  it('says in one line what is wrong when the variable points nowhere', () => {
    expect(() => findChromium({ BRIEFDECK_CHROMIUM: '/nonexistent/chrome' })).toThrow(/^\$BRIEFDECK_CHROMIUM is set to \/nonexistent\/chrome, which is not an executable browser$/)
  })

  it('falls back to an installed Electron or the system browser', () => {
    const found = findChromium({})
    expect(['electron', 'system']).toContain(found.source)
  })
})
