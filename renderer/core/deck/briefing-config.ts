import { LineCounter, isMap, parseDocument } from 'yaml'
import { DECK_STATUSES, type DeckStatus, type Diagnostic, type FrontMatter } from './deck'
import { toPlainValues } from './front-matter'
import { yamlErrorLine } from './yaml-error-line'

/**
 * `briefing.yml` beside a folder of decks: what the book's cover says, and the briefing engine's
 * settings every deck of the folder takes unless its own front matter says otherwise.
 */
/** The keys a folder's briefing.yml shares with a deck's front matter, typed once there. */
export type BriefingConfig = Partial<Pick<FrontMatter, 'title' | 'subtitle' | 'author' | 'date' | 'theme' | 'marking' | 'markingScheme'
  | 'requireMarkings' | 'audiences' | 'status' | 'version' | 'docNumber' | 'sources'>>

const TEXT_KEYS = ['title', 'subtitle', 'author', 'date', 'theme', 'marking', 'version', 'docNumber'] as const
const KEYS = [...TEXT_KEYS, 'markingScheme', 'requireMarkings', 'audiences', 'status', 'sources'] as const

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
    const bad = (what: string): void => void diagnostics.push({ code: 'W_BAD_OPTION', severity: 'warning', file, line, message: `\`${key}\` must be ${what}; ignored` })
    if ((TEXT_KEYS as readonly string[]).includes(key) && value !== null && typeof value !== 'object') config[key as (typeof TEXT_KEYS)[number]] = String(value)
    else if (key === 'markingScheme') config.markingScheme = value
    else if (key === 'sources') config.sources = value
    else if (key === 'requireMarkings') typeof value === 'boolean' ? (config.requireMarkings = value) : bad('true or false')
    else if (key === 'status') (DECK_STATUSES as readonly unknown[]).includes(value) ? (config.status = value as DeckStatus) : bad(DECK_STATUSES.join(' or '))
    else if (key === 'audiences') Array.isArray(value) && value.every((v) => typeof v === 'string') ? (config.audiences = value.map((v: string) => v.trim().toLowerCase())) : bad('a list of names')
    else diagnostics.push({ code: 'W_UNKNOWN_KEY', severity: 'info', file, line, message: `\`${key}\` is not a briefing setting (${KEYS.join(', ')}); ignored` })
  }
  return result
}
