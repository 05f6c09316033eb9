import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { paths, requireFromPackage } from '../files/app-paths'
import { readBundledFile } from './bundled-files'

/** Briefdeck's own theme; any reveal.js theme name (black, white, league…) works too. */
export const DEFAULT_THEME = 'briefing'
export const DEFAULT_HIGHLIGHT_THEME = 'github'

export const REVEAL_DIST = dirname(requireFromPackage.resolve('reveal.js'))
const HIGHLIGHT_STYLES = join(dirname(requireFromPackage.resolve('highlight.js/package.json')), 'styles')

/** The theme's CSS, or null when no theme of that name exists. Remote @imports are dropped (offline). */
export function loadThemeCss(name: string): string | null {
  if (!/^[a-z0-9-]+$/.test(name)) return null
  const own = join(paths.themes, `${name}.css`)
  if (existsSync(own)) return readBundledFile(own)
  const reveal = join(REVEAL_DIST, 'theme', `${name}.css`)
  if (existsSync(reveal)) return readBundledFile(reveal).replace(/@import\s+(url\()?\s*["']?(https?:)?\/\/[^;]*;/gi, '')
  return null
}

/** The CSS of a highlight.js style, or null when there is none of that name. */
export function loadHighlightCss(name: string): string | null {
  if (!/^[a-z0-9-]+$/.test(name)) return null
  const file = join(HIGHLIGHT_STYLES, `${name}.css`)
  return existsSync(file) ? readBundledFile(file) : null
}
