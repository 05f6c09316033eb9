import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchTarget } from '../../../electron/main/launch-target'
import { SAMPLES_RESOURCE } from '../../../electron/main/sample-folder'
import { type BuilderInspection, inspectBuilderProject } from '../../helpers/builder-targets'
import { useTempDir } from '../../helpers/temp-dir'

const ROOT = join(__dirname, '../../..')
const read = (path: string) => readFileSync(join(ROOT, path))

/** A copy of the project's packaging inputs, with package.json changed by `edit`. */
function projectWith(dir: string, edit: (pkg: Record<string, unknown>) => void): string {
  const pkg = JSON.parse(read('package.json').toString()) as Record<string, unknown>
  edit(pkg)
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg))
  copyFileSync(join(ROOT, 'electron-builder.yml'), join(dir, 'electron-builder.yml'))
  for (const linked of ['node_modules', 'assets', 'slides']) symlinkSync(join(ROOT, linked), join(dir, linked))
  return dir
}

describe('packaging (`npm run dist`), checked for every target without building', () => {
  const tempDir = useTempDir()
  const scratch = mkdtempSync(join(tmpdir(), 'briefdeck-builder-'))
  let project: BuilderInspection
  beforeAll(async () => {
    project = await inspectBuilderProject(ROOT, scratch)
  }, 60_000)
  afterAll(async () => {
    await project?.cleanup()
    rmSync(scratch, { recursive: true, force: true })
  })

  it('passes electron-builder’s own checks: the schema, package.json’s metadata, and each target’s pre-build check', () => {
    expect([...project.targets.keys()].sort()).toEqual(['linux:AppImage', 'linux:deb', 'mac:dmg', 'win:nsis'])
    expect(project.problems).toEqual([])
  })

  it('fails, as the deb target does, when package.json has no homepage or no author e-mail (the control)', async () => {
    const broken = await inspectBuilderProject(projectWith(tempDir(), (pkg) => {
      delete pkg.homepage
      pkg.author = 'Briefdeck developers'
    }), tempDir())
    try {
      expect(broken.problems).toEqual([expect.stringMatching(/^linux:deb: Please specify project homepage[\s\S]*Please specify author 'email'/)])
    } finally {
      await broken.cleanup()
    }
  }, 60_000)

  it('gives the deb its homepage and maintainer from package.json', () => {
    expect(project.metadata.homepage).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}/)
    expect(project.metadata.author?.email).toMatch(/^[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}$/)
  })

  it('has a square PNG icon of at least 512 px for Linux, NSIS and the dmg', () => {
    for (const platform of ['linux', 'win', 'mac'] as const) {
      const icon = project.config[platform]?.icon as string
      const png = PNG.sync.read(read(icon))
      expect([png.width, png.height], `${platform}: ${icon}`).toEqual([png.width, png.width])
      expect(png.width, `${platform}: ${icon}`).toBeGreaterThanOrEqual(512)
    }
  })

  it('signs for macOS with the hardened runtime and only the JIT exception, and re-signs ad hoc after flipping fuses', () => {
    const mac = project.config.mac ?? {}
    expect(mac.hardenedRuntime).toBe(true)
    // Notarisation stays on: it runs when the APPLE_* variables are set, and is skipped otherwise.
    expect(mac.notarize).not.toBe(false)
    for (const file of [mac.entitlements, mac.entitlementsInherit] as string[]) {
      const plist = read(file).toString()
      expect(plist).toContain('<key>com.apple.security.cs.allow-jit</key>')
      expect(plist.match(/<key>/g)).toHaveLength(1)
    }
    expect((project.config.electronFuses as Record<string, unknown>).resetAdHocDarwinSignature).toBe(true)
  })

  it('ships the sample briefing where the app copies it from on first run', () => {
    expect(project.config.extraResources).toContainEqual({ from: 'slides', to: SAMPLES_RESOURCE })
    expect(existsSync(join(ROOT, 'slides', '01-overview.md'))).toBe(true)
  })

  it.each(['deb', 'AppImage'] as const)('writes a %s .desktop entry that runs under XWayland and passes files the app understands', async (target) => {
    const entry = await project.desktopEntry(target)
    const exec = /^Exec=(.*)$/m.exec(entry)?.[1] ?? ''
    expect(exec.split(' ')).toContain('--ozone-platform=x11')
    expect(exec.endsWith(' %U')).toBe(true)
    expect(entry).toMatch(/^MimeType=.*text\/markdown;/m)
    expect(entry).toContain(`StartupWMClass=${project.metadata.desktopName?.replace(/\.desktop$/, '')}`)
    // %U hands the app file:// URLs; the app's argument parser must turn one back into the deck.
    const deck = join(ROOT, 'slides', '01-overview.md')
    expect(launchTarget({ args: ['--ozone-platform=x11', pathToFileURL(deck).href], cwd: '/' }, null)).toEqual({ folder: join(ROOT, 'slides'), deck: '01-overview.md' })
  })
})
