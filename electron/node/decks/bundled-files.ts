import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { InlineScript } from '../../../renderer/core/html/render-deck'
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
