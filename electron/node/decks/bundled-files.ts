import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { InlineScript } from '../../../renderer/core/html/render-deck'
import { BriefdeckError } from '../../../renderer/core/errors'
import { paths } from '../files/app-paths'

const files = new Map<string, string>()

/** Reads one of Briefdeck's own files (themes, fonts, templates, reveal.js) once per process: every deck of a book shares them. */
export function readBundledFile(path: string): string {
  let text = files.get(path)
  if (text === undefined) {
    text = readFileSync(path, 'utf8')
    files.set(path, text)
  }
  return text
}

/** Reads a file of Briefdeck's own templates (`assets/templates/`). */
export function readTemplate(name: string): string {
  return readBundledFile(join(paths.templates, name))
}

/**
 * A script of the pages Briefdeck writes (renderer/page/, bundled by `npm run build` into
 * dist/page/), ready to inline: a built deck's `deck-init.js`, a print document's `print-fit.js`,
 * the diagram page's `render-diagrams.js` (Mermaid, drawn at build time: never in a deck's page).
 */
export function readPageScript(name: 'deck-init.js' | 'print-fit.js' | 'render-diagrams.js'): InlineScript {
  const file = join(paths.dist, 'page', name)
  if (!existsSync(file)) throw new BriefdeckError('E_INTERNAL', `${file} is missing: run \`npm run build\``)
  return toInlineScript(readBundledFile(file))
}

/** Reads a stylesheet of Briefdeck's own (`assets/styles/`). */
export function readStyle(name: string): string {
  return readBundledFile(join(paths.assets, 'styles', name))
}

/** The base64 SHA-256 of a text, as a CSP names an allowed inline script. */
export function sha256Base64(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64')
}

/** An inline script with the hash a CSP allows it by. */
export function toInlineScript(code: string): InlineScript {
  return { code, sha256: sha256Base64(code) }
}
