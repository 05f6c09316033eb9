import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXIT_CODES } from '../../../electron/cli/exit-codes'

const ROOT = join(__dirname, '../../..')
const hasElectron = (() => {
  try {
    return existsSync(createRequire(join(ROOT, 'package.json'))('electron') as string)
  } catch {
    return false
  }
})()

describe('npm start', () => {
  it.skipIf(hasElectron)('says in one line, with no stack trace, that the Electron binary is missing and how to use browser mode', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'electron/start.mjs')], { encoding: 'utf8' })
    expect(run.status).toBe(EXIT_CODES.E_UNAVAILABLE)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain('the Electron binary is not installed')
    expect(run.stderr).toContain('npx briefdeck serve --open')
    expect(run.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/)
  })
})
