import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The Briefdeck package folder, found from this module's own location (source or bundle alike), so
 * the CLI finds its assets from any working directory.
 */
export const PACKAGE_ROOT: string = findPackageRoot(dirname(fileURLToPath(import.meta.url)))

/** Briefdeck's own folders and files, by name. */
export const paths = {
  assets: join(PACKAGE_ROOT, 'assets'),
  themes: join(PACKAGE_ROOT, 'assets', 'themes'),
  templates: join(PACKAGE_ROOT, 'assets', 'templates'),
  fonts: join(PACKAGE_ROOT, 'assets', 'fonts'),
  slides: join(PACKAGE_ROOT, 'slides'),
  dist: join(PACKAGE_ROOT, 'dist'),
}

/** Resolves a dependency's entry point from Briefdeck's own node_modules. */
export const requireFromPackage = createRequire(join(PACKAGE_ROOT, 'package.json'))

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'briefdeck') return dir
    if (dirname(dir) === dir) throw new Error(`Briefdeck's package.json not found above ${start}`)
  }
}
