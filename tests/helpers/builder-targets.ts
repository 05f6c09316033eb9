import { createRequire } from 'node:module'
import { join } from 'node:path'

/** electron-builder's packaging platforms, as its config names them, and their packager classes. */
const PLATFORMS = [
  { platform: 'linux', module: 'linuxPackager', className: 'LinuxPackager' },
  { platform: 'mac', module: 'macPackager', className: 'MacPackager' },
  { platform: 'win', module: 'winPackager', className: 'WinPackager' },
] as const

type BuilderConfig = Record<string, unknown> & Partial<Record<(typeof PLATFORMS)[number]['platform'], Record<string, unknown>>>

interface BuilderTarget {
  name: string
  checkOptions(): Promise<unknown>
  scriptFiles?: Promise<unknown>
  desktopEntry?: { value: Promise<string> }
}

/** What electron-builder makes of a project, without building or downloading anything. */
export interface BuilderInspection {
  config: BuilderConfig
  metadata: { homepage?: string; author?: { name?: string; email?: string }; desktopName?: string }
  /** Every configured target, by platform and name (`linux:deb`, `mac:dmg`, …). */
  targets: Map<string, BuilderTarget>
  /** What each target's own pre-build check (`checkOptions`) refused, as `platform:target: message`. */
  problems: string[]
  /** The Linux `.desktop` entry electron-builder writes for a target. */
  desktopEntry(target: 'AppImage' | 'deb'): Promise<string>
  /** Removes the scratch files the targets' constructors write. */
  cleanup(): Promise<void>
}

/**
 * Runs electron-builder's own configuration check (`Packager.validateConfig`: the JSON schema and
 * package.json's metadata), then makes each configured target as `npm run dist` would and runs the
 * check it runs before building (the deb's homepage and maintainer e-mail come from here). Offline:
 * nothing is packed, signed or downloaded. Throws what validateConfig throws.
 */
export async function inspectBuilderProject(projectDir: string, scratch: string): Promise<BuilderInspection> {
  const require = createRequire(join(projectDir, 'package.json'))
  const { Packager } = require('app-builder-lib') as { Packager: new (options: { projectDir: string }) => Record<string, unknown> & { validateConfig(): Promise<void> } }
  const packager = new Packager({ projectDir })
  await packager.validateConfig()
  const config = packager.config as BuilderConfig
  const targets = new Map<string, BuilderTarget>()
  const helpers = new Map<string, unknown>()
  for (const { platform, module, className } of PLATFORMS) {
    const PlatformPackager = (require(`app-builder-lib/out/${module}`) as Record<string, new (info: unknown) => { createTargets(names: string[], make: (name: string, factory: (outDir: string) => BuilderTarget) => void): void }>)[className]
    const platformPackager = new PlatformPackager(packager)
    helpers.set(platform, platformPackager)
    const names = [config[platform]?.target ?? []].flat().map((t) => (typeof t === 'string' ? t : (t as { target: string }).target))
    for (const name of names) {
      // createTargets keys on lower-case names ("appimage"); the target keeps its own ("AppImage").
      platformPackager.createTargets([name.toLowerCase()], (_name, factory) => void targets.set(`${platform}:${name}`, factory(join(scratch, platform))))
    }
  }
  const problems: string[] = []
  for (const [key, target] of targets) {
    await target.checkOptions().catch((error: Error) => problems.push(`${key}: ${error.message}`))
  }
  return {
    config,
    metadata: packager.metadata as BuilderInspection['metadata'],
    targets,
    problems,
    async desktopEntry(name) {
      const target = targets.get(`linux:${name}`)
      if (name === 'AppImage' && target?.desktopEntry) return target.desktopEntry.value
      const { LinuxTargetHelper } = require('app-builder-lib/out/targets/LinuxTargetHelper') as { LinuxTargetHelper: new (packager: unknown) => { computeDesktopEntry(options: unknown): Promise<string> } }
      return new LinuxTargetHelper(helpers.get('linux')).computeDesktopEntry({ ...config.linux, ...(config[name] as object | undefined) })
    },
    async cleanup() {
      for (const target of targets.values()) await target.scriptFiles?.catch(() => {})
      await (packager.tempDirManager as { cleanup(): Promise<void> }).cleanup()
    },
  }
}
