import type { Diagnostic } from '../deck/deck'
import { escapeHtml } from '../html/escape-html'

/**
 * A source a briefing cites, declared once in a deck's front matter or the folder's `briefing.yml`
 * (`sources:`), and cited on slides as `[@id]` or `[@id, p. 3]`.
 */
export interface Source {
  id: string
  title?: string
  author?: string
  /** The outlet, publisher or organisation. */
  outlet?: string
  date?: string
  url?: string
  /** A local copy (text, Markdown, HTML or PDF) beside the deck, inside its folder: the figure check reads it. */
  file?: string
  /** Anything a reader should know about the source (what the copy lacks, how it was obtained). */
  note?: string
}

/** The text fields of a source, in the order a reference shows them. */
export const SOURCE_FIELDS = ['author', 'title', 'outlet', 'date', 'url', 'file', 'note'] as const satisfies ReadonlyArray<Exclude<keyof Source, 'id'>>

/** An id as citations write it: `[@firstpost-2025]`. Letters, digits and `_ - . :`, starting with a letter or digit. */
export const SOURCE_ID = /^[A-Za-z0-9][\w.:-]*$/
/** A deck may declare this many sources: more is no briefing, and each costs a line in every annex. */
export const MAX_SOURCES = 500
/** A field longer than this is cut: a reference is a line or two, not a document. */
const MAX_FIELD = 500

/**
 * Reads a `sources:` value: a list of mappings, each with an `id`, or a mapping from id to fields.
 * Problems are diagnostics at `line` (the `sources:` key); what is wrong is left out, the rest kept.
 */
export function readSources(value: unknown, place: { file: string; line: number }): { sources: Source[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const problem = (message: string): void => void diagnostics.push({ code: 'E_SOURCE', severity: 'error', file: place.file, line: place.line, message })
  if (value === null || value === undefined) return { sources: [], diagnostics }
  const entries: Array<[unknown, unknown]> = Array.isArray(value)
    ? value.map((entry) => [(entry as { id?: unknown } | null)?.id, entry])
    : typeof value === 'object' ? Object.entries(value as Record<string, unknown>) : []
  if (entries.length === 0 && !(Array.isArray(value) || typeof value === 'object')) {
    problem('`sources` must be a list of sources (each with an `id`) or a mapping from id to its details')
    return { sources: [], diagnostics }
  }
  if (entries.length > MAX_SOURCES) problem(`${entries.length} sources declared; only the first ${MAX_SOURCES} are read`)
  const sources: Source[] = []
  const seen = new Set<string>()
  for (const [rawId, fields] of entries.slice(0, MAX_SOURCES)) {
    const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : ''
    if (!SOURCE_ID.test(id)) {
      problem(id === '' ? 'a source has no `id`' : `source id \`${id.slice(0, 40)}\` must be letters, digits and \`_ - . :\`, starting with a letter or digit`)
      continue
    }
    if (seen.has(id)) {
      problem(`source \`${id}\` is declared twice`)
      continue
    }
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
      problem(`source \`${id}\` must be a mapping of its details (title, author, outlet, date, url, file, note)`)
      continue
    }
    seen.add(id)
    const source: Source = { id }
    for (const field of SOURCE_FIELDS) {
      const text = (fields as Record<string, unknown>)[field]
      if (text === undefined || text === null) continue
      if (typeof text === 'object') problem(`source \`${id}\`: \`${field}\` must be text`)
      else source[field] = String(text).slice(0, MAX_FIELD)
    }
    if (source.url !== undefined && !/^https?:\/\//i.test(source.url)) {
      problem(`source \`${id}\`: \`url\` must be an http(s) address`)
      delete source.url
    }
    if (source.file !== undefined && !isRelativeFile(source.file)) {
      problem(`source \`${id}\`: \`file\` must be a path inside the deck's folder (no \`..\`, not absolute)`)
      delete source.file
    }
    sources.push(source)
  }
  return { sources, diagnostics }
}

/** A path relative to the deck's folder that stays inside it as written (the loader also resolves symlinks). */
function isRelativeFile(path: string): boolean {
  return path !== '' && !/^([a-z]:|[\\/]|~)/i.test(path) && !path.split(/[\\/]/).includes('..')
}

/** The folder's sources with a deck's own: a deck's declaration of an id replaces the folder's. */
export function mergeSources(folder: readonly Source[], deck: readonly Source[]): Source[] {
  const own = new Set(deck.map((s) => s.id))
  return [...folder.filter((s) => !own.has(s.id)), ...deck]
}

/**
 * A source's full reference as HTML: author, *title*, outlet, date, the locator cited (`p. 3`), the
 * note and the URL, each escaped. The footnote area, the speaker notes and the annexes all show this.
 */
export function referenceHtml(source: Source, locator?: string): string {
  const parts = [
    source.author && escapeHtml(source.author),
    source.title && `<em>${escapeHtml(source.title)}</em>`,
    source.outlet && `<strong>${escapeHtml(source.outlet)}</strong>`,
    source.date && escapeHtml(source.date),
    locator && escapeHtml(locator),
  ].filter(Boolean)
  const reference = parts.length > 0 ? parts.join(', ') : escapeHtml(source.id)
  const note = source.note ? ` (${escapeHtml(source.note)})` : ''
  const url = source.url ? ` <a href="${escapeHtml(source.url)}">${escapeHtml(source.url)}</a>` : ''
  return `${reference}${note}.${url}`
}

/** The same reference as plain text, for speaker notes' Markdown and messages. */
export function referenceText(source: Source, locator?: string): string {
  const parts = [source.author, source.title, source.outlet, source.date, locator].filter(Boolean)
  return `${parts.length > 0 ? parts.join(', ') : source.id}${source.note ? ` (${source.note})` : ''}.${source.url ? ` ${source.url}` : ''}`
}
