import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadAppState, rememberFolder, saveAppState } from '../../../../electron/main/window-state'
import { useTempDir } from '../../../helpers/temp-dir'

describe('the remembered app state', () => {
  const tempDir = useTempDir()

  it('is on disk when saveAppState returns, as a window’s close handler needs while the app quits', () => {
    const file = join(tempDir(), 'userData', 'state.json')
    const state = { mainWindow: { x: 10, y: 20, width: 900, height: 700, maximized: false }, recentFolders: ['/briefings'] }
    expect(saveAppState(file, state)).toBeUndefined()
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state)
    expect(readdirSync(join(file, '..'))).toEqual(['state.json'])
    expect(loadAppState(file)).toEqual(state)
  })

  it('forgets a damaged file instead of failing, and keeps ten recent folders, newest first', () => {
    const file = join(tempDir(), 'state.json')
    writeFileSync(file, '{ not json')
    expect(loadAppState(file)).toEqual({ recentFolders: [] })
    let state = { recentFolders: Array.from({ length: 10 }, (_, i) => `/f${i}`) }
    state = rememberFolder(state, '/f5')
    state = rememberFolder(state, '/new')
    expect(state.recentFolders).toEqual(['/new', '/f5', '/f0', '/f1', '/f2', '/f3', '/f4', '/f6', '/f7', '/f8'])
  })
})
