import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// windows.ts needs Electron to run; its security settings are checked as source, where they are.
const ROOT = join(__dirname, '../../../..')
const windows = readFileSync(join(ROOT, 'electron/main/windows.ts'), 'utf8')
const main = readFileSync(join(ROOT, 'electron/main/main.ts'), 'utf8')
const printer = readFileSync(join(ROOT, 'electron/main/electron-printer.ts'), 'utf8')

describe('Electron security checklist, as written', () => {
  it('creates every app window with isolation, sandbox and no Node integration', () => {
    for (const setting of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'webSecurity: true', 'webviewTag: false', 'allowRunningInsecureContent: false']) {
      expect(windows).toContain(setting)
    }
    expect(windows.match(/new BrowserWindow\(/g)).toHaveLength(1)
    expect(windows).toContain("disableBlinkFeatures: 'Auxclick'")
    expect(printer).toContain('sandbox: true, contextIsolation: true, nodeIntegration: false')
  })

  it('denies new windows and navigation away from the app, and puts permissionDecision in charge of permissions', () => {
    expect(windows).toContain("return { action: 'deny' }")
    expect(windows).toContain("contents.on('will-navigate'")
    expect(windows).toContain("contents.on('will-attach-webview', (event) => event.preventDefault())")
    expect(main).toMatch(/app\.on\('web-contents-created', \(_event, contents\) => \{\n\s+hardenContents\(contents\)/)
    expect(main).toContain('applyPermissionPolicy(session.defaultSession)')
  })

  it('turns off Electron fuses in the packaged app', () => {
    const builder = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')
    for (const fuse of ['runAsNode: false', 'enableNodeOptionsEnvironmentVariable: false', 'enableNodeCliInspectArguments: false', 'onlyLoadAppFromAsar: true', 'enableEmbeddedAsarIntegrityValidation: true']) {
      expect(builder).toContain(fuse)
    }
  })
})
