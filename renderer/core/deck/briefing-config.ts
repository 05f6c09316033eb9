import { LineCounter, isMap, parseDocument } from 'yaml'
import type { Diagnostic } from './deck'
import { toPlainValues } from './front-matter'
import { yamlErrorLine } from './yaml-error-line'

/** `briefing.yml` beside a folder of decks: what the book's cover says. */
export interface BriefingConfig {
  title?: string
  subtitle?: string
  author?: string
  date?: string
  theme?: string
}

const KEYS = ['title', 'subtitle', 'author', 'date', 'theme'] as const

/** A briefing config, the line of each key, and what was wrong with it. */
export interface ParsedBriefingConfig {
  config: BriefingConfig
  keyLines: Record<string, number>
  diagnostics: Diagnostic[]
}

/** Reads a briefing config; problems are diagnostics with their line, as for decks. */
export function parseBriefingConfig(text: string, file: string): ParsedBriefingConfig {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false, uniqueKeys: true })
  const diagnostics: Diagnostic[] = []
  const config: BriefingConfig = {}
  const keyLines: Record<string, number> = {}
  const result = { config, keyLines, diagnostics }
  if (doc.errors.length > 0) {
    const line = yamlErrorLine(doc.errors[0], lineCounter, text)
    diagnostics.push({ code: 'E_FRONTMATTER', severity: 'error', file, line, message: `invalid YAML: ${doc.errors[0].message.split('\n')[0]}` })
    return result
  }
  if (doc.contents === null) return result
  if (!isMap(doc.contents)) {
    diagnostics.push({ code: 'E_FRONTMATTER', severity: 'error', file, line: 1, message: 'a briefing config is a mapping of `key: value` lines' })
    return result
  }
  const values = toPlainValues(doc)
  if (values === null) {
    diagnostics.push({ code: 'E_FRONTMATTER', severity: 'error', file, line: 1, message: 'uses YAML aliases that expand too far (more than 100); write the values out' })
    return result
  }
  for (const pair of doc.contents.items) {
    const key = String((pair.key as { value?: unknown })?.value ?? pair.key)
    const value = values.get(pair)
    const line = lineCounter.linePos((pair.key as { range?: number[] })?.range?.[0] ?? 0).line
    keyLines[key] = line
    if ((KEYS as readonly string[]).includes(key) && value !== null && typeof value !== 'object') config[key as (typeof KEYS)[number]] = String(value)
    else diagnostics.push({ code: 'W_UNKNOWN_KEY', severity: 'info', file, line, message: `\`${key}\` is not a briefing setting (${KEYS.join(', ')}); ignored` })
  }
  return result
}
