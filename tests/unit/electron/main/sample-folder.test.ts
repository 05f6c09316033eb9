import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultFolder, ensureSampleFolder } from '../../../../electron/main/sample-folder'
import { useTempDir } from '../../../helpers/temp-dir'

/** Every file under a folder with its size and modification time: what a write would change. */
const snapshot = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort().map((name) => {
  const stats = statSync(join(dir, name))
  return `${name} ${stats.size} ${stats.mtimeMs}`
})

describe('the packaged app’s default folder', () => {
  const tempDir = useTempDir()
  /** An install's read-only resources/slides, as a deb or an AppImage ships them. */
  const install = () => {
    const source = join(tempDir(), 'resources', 'slides')
    mkdirSync(join(source, 'assets'), { recursive: true })
    writeFileSync(join(source, '01-overview.md'), '# Overview')
    writeFileSync(join(source, 'assets', 'map.png'), 'png')
    for (const file of ['01-overview.md', 'assets/map.png']) chmodSync(join(source, file), 0o444)
    return source
  }

  it('is the user’s documents folder when packaged, never the install; the repository’s slides/ in development', () => {
    const options = { developmentSlides: '/src/briefdeck/slides', documents: '/home/ana/Documents' }
    expect(defaultFolder({ ...options, packaged: true })).toBe(join('/home/ana/Documents', 'Briefdeck'))
    expect(defaultFolder({ ...options, packaged: false })).toBe('/src/briefdeck/slides')
  })

  it('copies the samples there on first run, writable by the user, without writing inside the install', () => {
    const source = install()
    const before = snapshot(source)
    const target = join(tempDir(), 'Documents', 'Briefdeck')
    expect(ensureSampleFolder(source, target)).toBe(target)
    expect(readFileSync(join(target, '01-overview.md'), 'utf8')).toBe('# Overview')
    expect(statSync(join(target, 'assets', 'map.png')).mode & 0o200).toBe(0o200)
    expect(snapshot(source)).toEqual(before)
    expect(readdirSync(join(target, '..'))).toEqual(['Briefdeck'])
  })

  it('leaves the user’s folder alone once it exists, edits and new decks included', () => {
    const source = install()
    const target = join(tempDir(), 'Briefdeck')
    ensureSampleFolder(source, target)
    writeFileSync(join(target, '01-overview.md'), '# My edits')
    writeFileSync(join(target, 'q3.md'), '# Q3')
    ensureSampleFolder(source, target)
    expect(readFileSync(join(target, '01-overview.md'), 'utf8')).toBe('# My edits')
    expect(existsSync(join(target, 'q3.md'))).toBe(true)
  })

  it('leaves nothing half-copied when the copy fails', () => {
    const target = join(tempDir(), 'Briefdeck')
    expect(() => ensureSampleFolder(join(tempDir(), 'missing'), target)).toThrow()
    expect(readdirSync(join(target, '..'))).toEqual([])
  })
})
