import { type Document, LineCounter, type YAMLMap, isMap, isNode, isScalar, parseDocument } from 'yaml'
import { DECK_STATUSES, type DeckStatus, type Diagnostic, FIT_MODES, type FitMode, type FrontMatter } from './deck'
import { yamlErrorLine } from './yaml-error-line'

/** Keys with a meaning in Briefdeck; the rest are kept in `extra` and reported as unknown. */
const STRING_KEYS = [
  'title', 'subtitle', 'author', 'date', 'theme', 'separator', 'verticalSeparator',
  'notesSeparator', 'highlightTheme', 'lang', 'description', 'marking', 'version', 'docNumber',
] as const
type StringKey = (typeof STRING_KEYS)[number]

/**
 * Reveal.initialize options a deck may set through reveal-md's `revealOptions`, with their types.
 * Not `previewLinks`: it would open a deck's relative links (local files) in an overlay frame.
 */
const REVEAL_OPTION_TYPES: Record<string, 'boolean' | 'number' | 'string' | 'boolean|string'> = {
  controls: 'boolean', controlsTutorial: 'boolean', controlsLayout: 'string', progress: 'boolean',
  slideNumber: 'boolean|string', showSlideNumber: 'string', hash: 'boolean', history: 'boolean',
  center: 'boolean', loop: 'boolean', rtl: 'boolean', navigationMode: 'string', shuffle: 'boolean',
  fragments: 'boolean', fragmentInURL: 'boolean', overview: 'boolean', touch: 'boolean',
  autoAnimate: 'boolean', autoAnimateDuration: 'number', autoAnimateEasing: 'string',
  autoSlide: 'number', autoSlideStoppable: 'boolean', transition: 'string', transitionSpeed: 'string',
  backgroundTransition: 'string', width: 'number', height: 'number', margin: 'number',
  minScale: 'number', maxScale: 'number', showNotes: 'boolean', hideInactiveCursor: 'boolean',
  hideCursorTime: 'number', pdfSeparateFragments: 'boolean', pdfMaxPagesPerSlide: 'number',
  viewDistance: 'number', display: 'string', disableLayout: 'boolean', help: 'boolean',
  pause: 'boolean', keyboardCondition: 'string', mouseWheel: 'boolean',
  preloadIframes: 'boolean', autoPlayMedia: 'boolean', parallaxBackgroundSize: 'string',
}

/** The result of splitting front matter off a deck file. */
export interface FrontMatterResult {
  meta: FrontMatter
  /** The Markdown after the front matter. */
  body: string
  /** 1-based file line on which `body` starts. */
  bodyLine: number
  /** The file line of each front matter key, for diagnostics about its value. */
  keyLines: Record<string, number>
  diagnostics: Diagnostic[]
}

/** An empty front matter, the default for decks that have none. */
export function emptyFrontMatter(): FrontMatter {
  return { revealOptions: {}, extra: {} }
}

/**
 * Splits YAML front matter (a first line `---`, closed by `---` or `...`) off a deck and reads it.
 * A leading `---` block with no `key:` line is not front matter but a slide separator, as in reveal.js.
 */
export function parseFrontMatter(source: string, file: string): FrontMatterResult {
  const meta = emptyFrontMatter()
  const none: FrontMatterResult = { meta, body: source, bodyLine: 1, keyLines: {}, diagnostics: [] }
  const open = /^---[ \t]*\n/.exec(source)
  if (!open) return none
  const close = /^(---|\.\.\.)[ \t]*$/m
  const rest = source.slice(open[0].length)
  const end = close.exec(rest)
  if (!end) {
    // `---` then `key: value` and no closing line: front matter the author forgot to close.
    if (/^[A-Za-z_][\w-]*[ \t]*:([ \t]|$)/.test(rest.slice(0, rest.indexOf('\n') >>> 0))) {
      none.diagnostics.push({
        code: 'E_FRONTMATTER', severity: 'error', file, line: 1,
        message: 'front matter opened here is never closed: end it with a line `---`',
      })
    }
    return none
  }
  const yamlText = rest.slice(0, end.index)
  if (yamlText.trim() !== '' && !/^[ \t]*[^\s#:][^:\n]*:/m.test(yamlText)) return none

  const afterClose = rest.slice(end.index + end[0].length).replace(/^\n/, '')
  // Line 1 is the opening `---`, then the YAML lines, then the closing line.
  const bodyLine = 2 + countLines(yamlText) + 1
  const result: FrontMatterResult = { meta, body: afterClose, bodyLine, keyLines: {}, diagnostics: [] }
  const fail = (message: string, line: number): FrontMatterResult => {
    result.diagnostics.push({ code: 'E_FRONTMATTER', severity: 'error', message, file, line })
    return result
  }

  const lineCounter = new LineCounter()
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    const first = doc.errors[0]
    const line = 1 + yamlErrorLine(first, lineCounter, yamlText)
    return fail(`invalid front matter YAML: ${firstLine(first.message)}`, line)
  }
  if (doc.contents === null) return result
  if (!isMap(doc.contents)) return fail('front matter must be a mapping of `key: value` lines', 2)

  const lineOf = (node: unknown): number => {
    const range = (node as { range?: [number, number, number] } | null)?.range
    return 1 + (range ? lineCounter.linePos(range[0]).line : 1)
  }
  const warn = (code: Diagnostic['code'], message: string, node: unknown): void => {
    result.diagnostics.push({ code, severity: 'warning', message, file, line: lineOf(node) })
  }

  const values = toPlainValues(doc)
  if (values === null) return fail('front matter uses YAML aliases that expand too far (more than 100); write the values out', 2)
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
    const value: unknown = values.get(pair)
    result.keyLines[key] = lineOf(pair.key)
    if ((STRING_KEYS as readonly string[]).includes(key)) {
      if (value === null || value === undefined) continue
      if (typeof value === 'object') {
        // A marking written wrongly must not leave the deck unmarked without stopping the build.
        if (key === 'marking') result.diagnostics.push({ code: 'E_MARKING', severity: 'error', message: 'front matter `marking` must be one level as text (`marking: SECRET//REL TO USA`), not a list or mapping', file, line: lineOf(pair.key) })
        else warn('W_BAD_OPTION', `front matter \`${key}\` must be text, not a list or mapping; ignored`, pair.key)
        continue
      }
      meta[key as StringKey] = String(value)
    } else if (key === 'duration') {
      const minutes = toMinutes(value)
      if (minutes === undefined) warn('W_BAD_OPTION', `front matter \`duration\` must be minutes (e.g. 20, "20m", "1h30m", "0:20:00"); ignored`, pair.key)
      else meta.duration = minutes
    } else if (key === 'fit') {
      if ((FIT_MODES as readonly unknown[]).includes(value)) meta.fit = value as FitMode
      else warn('W_BAD_OPTION', `front matter \`fit\` must be ${FIT_MODES.map((m) => `\`${m}\``).join(' or ')}; ignored`, pair.key)
    } else if (key === 'status') {
      if ((DECK_STATUSES as readonly unknown[]).includes(value)) meta.status = value as DeckStatus
      else warn('W_BAD_OPTION', `front matter \`status\` must be ${DECK_STATUSES.map((s) => `\`${s}\``).join(' or ')}; ignored`, pair.key)
    } else if (key === 'requireMarkings') {
      if (typeof value === 'boolean') meta.requireMarkings = value
      else warn('W_BAD_OPTION', 'front matter `requireMarkings` must be true or false; ignored', pair.key)
    } else if (key === 'audiences') {
      const names = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : []
      if (names.length > 0 && names.length === (value as unknown[]).length) meta.audiences = names.map((n) => n.trim().toLowerCase())
      else warn('W_BAD_OPTION', 'front matter `audiences` must be a list of names, e.g. [principal, public]; ignored', pair.key)
    } else if (key === 'sources') {
      // Read (and reported) with the citations, at this key's line.
      meta.sources = value
    } else if (key === 'markingScheme') {
      // Resolved (and reported) with the markings, at this key's line.
      meta.markingScheme = value
    } else if (key === 'revealOptions') {
      readRevealOptions(value, (message) => warn('W_BAD_OPTION', message, pair.key), meta.revealOptions)
    } else {
      meta.extra[key] = value
      result.diagnostics.push({
        code: 'W_UNKNOWN_KEY', severity: 'info', file, line: lineOf(pair.key),
        message: `unknown front matter key \`${key}\` (kept, not used)`,
      })
    }
  }
  return result
}

function readRevealOptions(
  value: unknown,
  warn: (message: string) => void,
  into: Record<string, string | number | boolean>,
): void {
  if (value === null || value === undefined) return
  if (typeof value !== 'object' || Array.isArray(value)) {
    warn('`revealOptions` must be a mapping of reveal.js options; ignored')
    return
  }
  for (const [name, option] of Object.entries(value as Record<string, unknown>)) {
    // An own property only: `constructor` or `__proto__` must not find Object's.
    const type = Object.hasOwn(REVEAL_OPTION_TYPES, name) ? REVEAL_OPTION_TYPES[name] : undefined
    const ok = type !== undefined && type.split('|').includes(typeof option)
    const problem = ok && typeof option === 'string' ? badRevealText(name, option) : null
    if (problem) warn(`revealOptions.${name} ${problem}; ignored`)
    else if (ok) into[name] = option as string | number | boolean
    else warn(type === undefined
      ? `revealOptions.${name} is not a reveal.js option Briefdeck passes on; ignored`
      : `revealOptions.${name} must be a ${type.replace('|', ' or ')}; ignored`)
  }
}

/** The values reveal.js takes for its transition options: anything else makes it throw as the deck starts. */
const REVEAL_CHOICES: Record<string, readonly string[]> = {
  transition: ['none', 'fade', 'slide', 'convex', 'concave', 'zoom'],
  backgroundTransition: ['none', 'fade', 'slide', 'convex', 'concave', 'zoom'],
  transitionSpeed: ['default', 'fast', 'slow'],
}

/** Why a text option cannot go to reveal.js (null when it can): one of its choices, and no markup. */
function badRevealText(name: string, value: string): string | null {
  const choices = Object.hasOwn(REVEAL_CHOICES, name) ? REVEAL_CHOICES[name] : undefined
  // reveal.js puts some of these in class names and markup: a quote or angle bracket would break out.
  if (choices) return choices.includes(value) ? null : `must be one of ${choices.join(', ')}`
  return /["'<>`\\]/.test(value) || value.length > 100 ? 'has characters reveal.js cannot take' : null
}

/** Reads a talk length as minutes: 20, "20", "20m", "20 min", "1h30m", "1:30:00", "90s". */
export function toMinutes(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : undefined
  if (typeof value !== 'string') return undefined
  const text = value.trim().toLowerCase()
  const clock = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(text)
  if (clock) {
    const [h, m, s] = clock[3] === undefined ? [0, +clock[1], +clock[2]] : [+clock[1], +clock[2], +clock[3]]
    const minutes = h * 60 + m + s / 60
    return minutes > 0 ? minutes : undefined
  }
  const units = /^(?:(\d+(?:\.\d+)?)\s*h(?:ours?|rs?)?)?\s*(?:(\d+(?:\.\d+)?)\s*m(?:in(?:utes?)?)?)?\s*(?:(\d+)\s*s(?:ec(?:onds?)?)?)?$/.exec(text)
  if (units && (units[1] || units[2] || units[3])) {
    const minutes = (+(units[1] ?? 0)) * 60 + (+(units[2] ?? 0)) + (+(units[3] ?? 0)) / 60
    return minutes > 0 ? minutes : undefined
  }
  if (/^\d+(\.\d+)?$/.test(text)) return +text > 0 ? +text : undefined
  return undefined
}

/**
 * Each pair's value as plain data, aliases expanded with the yaml library's limit on how many (so an
 * alias bomb is refused, not expanded into gigabytes); null when the limit is exceeded.
 */
export function toPlainValues(doc: Document.Parsed): Map<unknown, unknown> | null {
  const values = new Map<unknown, unknown>()
  try {
    const contents = doc.contents as YAMLMap
    for (const pair of contents.items) values.set(pair, isNode(pair.value) ? pair.value.toJS(doc, { maxAliasCount: 100 }) : pair.value)
  } catch {
    return null
  }
  return values
}

/** Counts newline-terminated lines; the caller has normalised line endings to `\n`. */
function countLines(text: string): number {
  let lines = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++
  return lines
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
}
