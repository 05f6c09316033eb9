import { BriefdeckError } from '../errors'
import { BLOCK_KINDS } from '../blocks/block'
import { isDeckFile } from '../deck/deck-files'
import { MAX_SLIDE_MARKDOWN } from '../deck/parse-deck'
import { CHANGE_TYPES, type PresentationChange, SCREENS } from '../present/presentation-state'
import { APP_VIEWS, CHANNELS, type Channel, PDF_LAYOUTS, PDF_SIZES, type PdfLayout, type Request, isPdfHandout } from './contract'

/** Largest deck text a save may carry; the same limit the loader enforces. */
export const MAX_TEXT = 32 * 1024 * 1024

type Check = (value: unknown, name: string) => void

const fail = (message: string): never => {
  throw new BriefdeckError('E_INVALID', message)
}

/** A deck path relative to the open folder: no absolute path, no `..`, no NUL, a Markdown file. */
const deckPath: Check = (value, name) => {
  if (typeof value !== 'string' || value.length === 0 || value.length > 1024) fail(`${name} must be a path of 1 to 1024 characters`)
  const path = value as string
  // Every check guards the folder boundary: the server and the app may only touch files inside it.
  if (path.includes('\0')) fail(`${name} contains a NUL character`)
  if (/^([a-zA-Z]:|[\\/])/.test(path)) fail(`${name} must be relative to the open folder`)
  if (path.split(/[\\/]/).some((part) => part === '..')) fail(`${name} may not contain ..`)
  if (!isDeckFile(path)) fail(`${name} must name a Markdown deck (.md)`)
}
const text: Check = (value, name) => {
  if (typeof value !== 'string') fail(`${name} must be text`)
  if ((value as string).length > MAX_TEXT) fail(`${name} is larger than ${MAX_TEXT} characters`)
}
const version: Check = (value, name) => {
  if (value !== null && (typeof value !== 'string' || !/^[0-9a-f]{8,128}$/.test(value))) fail(`${name} must be a version string or null`)
}
const oneOf = (allowed: readonly string[]): Check => (value, name) => {
  if (typeof value !== 'string' || !allowed.includes(value)) fail(`${name} must be one of ${allowed.join(', ')}`)
}
const position: Check = (value, name) => {
  const p = value as Record<string, unknown>
  if (typeof p !== 'object' || p === null || Array.isArray(p)) fail(`${name} must be { h, v, f }`)
  exactKeys(p, ['h', 'v', 'f'], name)
  for (const key of ['h', 'v', 'f']) {
    const n = p[key]
    if (!Number.isInteger(n) || (n as number) < (key === 'f' ? -1 : 0) || (n as number) > 1_000_000) fail(`${name}.${key} must be a slide index`)
  }
}
const record = (value: unknown, name: string): Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${name} must be an object`)
  return value as Record<string, unknown>
}
/** A presentation change: its `type` decides which one field it must have, as in PresentationChange. */
const CHANGE_FIELDS: Record<PresentationChange['type'], Record<string, Check>> = {
  move: { position: (v, n) => position(v, n), from: oneOf(['presenter', 'audience']) },
  screen: { screen: oneOf(SCREENS) },
  freeze: { frozen: (v, n) => void (typeof v !== 'boolean' && fail(`${n} must be true or false`)) },
  overview: { open: (v, n) => void (typeof v !== 'boolean' && fail(`${n} must be true or false`)) },
  clock: { action: oneOf(['start', 'pause', 'reset']) },
  start: {},
}
const presentationChange: Check = (value, name) => {
  const change = record(value, name)
  oneOf(CHANGE_TYPES)(change.type, `${name}.type`)
  const fields = CHANGE_FIELDS[change.type as PresentationChange['type']]
  exactKeys(change, ['type', ...Object.keys(fields)], name)
  for (const [key, check] of Object.entries(fields)) check(change[key], `${name}.${key}`)
}
/** A rehearsal as the presenter recorded it: two times, and seconds per slide index (at most 10,000 slides). */
const rehearsalRun: Check = (value, name) => {
  const run = record(value, name)
  exactKeys(run, ['startedAt', 'endedAt', 'seconds'], name)
  for (const key of ['startedAt', 'endedAt']) if (!Number.isFinite(run[key]) || (run[key] as number) < 0) fail(`${name}.${key} must be a time`)
  const seconds = record(run.seconds, `${name}.seconds`)
  const entries = Object.entries(seconds)
  if (entries.length > 10_000) fail(`${name}.seconds has too many slides`)
  for (const [index, time] of entries) {
    if (!/^\d{1,5}$/.test(index) || typeof time !== 'number' || !Number.isFinite(time) || time < 0 || time > 86_400) fail(`${name}.seconds must map slide numbers to seconds`)
  }
}
const clientId: Check = (value, name) => {
  if (typeof value !== 'string' || !/^[\w-]{1,64}$/.test(value)) fail(`${name} must be a client id`)
}
/** A name for a new deck: a title people type, turned into a file name by the handler. */
const deckName: Check = (value, name) => {
  if (typeof value !== 'string' || value.trim().length === 0 || value.length > 120) fail(`${name} must be 1 to 120 characters`)
}
/** An image file name: letters, digits, dots, dashes, and an image extension. */
const imageName: Check = (value, name) => {
  if (typeof value !== 'string' || value.length > 200 || !/\.(png|jpe?g|gif|webp|svg|avif)$/i.test(value)) fail(`${name} must be an image file name (.png, .jpg, .gif, .webp, .svg, .avif)`)
}
/** Largest pasted or dropped image, as base64 (about 20 MB of image). */
export const MAX_IMAGE_BASE64 = 28 * 1024 * 1024
const base64: Check = (value, name) => {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_IMAGE_BASE64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) fail(`${name} must be base64 image data of at most 20 MB`)
}
const flag: Check = (value, name) => {
  if (typeof value !== 'boolean') fail(`${name} must be true or false`)
}
const themeSetting: Check = (value, name) => {
  const setting = value as Record<string, unknown>
  if (typeof setting !== 'object' || setting === null || Array.isArray(setting)) fail(`${name} must be { value, line }`)
  exactKeys(setting, ['value', 'line'], name)
  if (typeof setting.value !== 'string' || setting.value.length > 200) fail(`${name}.value must be a name of at most 200 characters`)
  if (!Number.isInteger(setting.line) || (setting.line as number) < 1) fail(`${name}.line must be a line number`)
}
/** At most this many images in one `deck.assets` request. */
export const MAX_ASSETS = 1000
/** Deck-relative image paths; each is confined to the deck's folder by the handler, as any asset is. */
const assetPaths: Check = (value, name) => {
  if (!Array.isArray(value) || value.length > MAX_ASSETS) fail(`${name} must be a list of at most ${MAX_ASSETS} paths`)
  for (const path of value as unknown[]) {
    if (typeof path !== 'string' || path.length === 0 || path.length > 1024 || path.includes('\0')) fail(`${name} must hold paths of 1 to 1024 characters`)
  }
}
/** KaTeX faces as Slide.mathFaces names them: `KaTeX_Main normal italic`; KaTeX has twenty. */
const mathFaces: Check = (value, name) => {
  if (!Array.isArray(value) || value.length > 40) fail(`${name} must be a list of at most 40 faces`)
  for (const face of value as unknown[]) {
    if (typeof face !== 'string' || !/^KaTeX_[A-Za-z0-9]{1,20} (normal|bold) (normal|italic)$/.test(face)) fail(`${name} must hold KaTeX faces`)
  }
}
/** At most this many charts and diagrams in one `deck.blocks` request. */
export const MAX_BLOCKS = 200
/** Charts and diagrams to draw: each of a known kind, its source no longer than a slide may be. */
const blockRequests: Check = (value, name) => {
  if (!Array.isArray(value) || value.length > MAX_BLOCKS) fail(`${name} must be a list of at most ${MAX_BLOCKS} blocks`)
  for (const [i, block] of (value as unknown[]).entries()) {
    const fields = record(block, `${name}[${i}]`)
    exactKeys(fields, ['kind', 'source'], `${name}[${i}]`)
    oneOf(BLOCK_KINDS)(fields.kind, `${name}[${i}].kind`)
    if (typeof fields.source !== 'string' || fields.source.length > MAX_SLIDE_MARKDOWN) fail(`${name}[${i}].source must be text of at most ${MAX_SLIDE_MARKDOWN} characters`)
  }
}
const nullable = (check: Check): Check => (value, name) => {
  if (value !== null) check(value, name)
}

const SHAPES: Record<Channel, Record<string, Check>> = {
  'library.list': {},
  'deck.open': { path: deckPath },
  'deck.read': { path: deckPath },
  'deck.save': { path: deckPath, text, baseVersion: version },
  'deck.preview': { path: deckPath, text, knownCssHash: version },
  'deck.styles': {
    path: deckPath, theme: nullable(themeSetting), highlightTheme: nullable(themeSetting), characters: text, codeCharacters: text,
    italic: flag, hasCode: flag, mathFaces, hasBlocks: flag, hasChrome: flag, knownCssHash: version,
  },
  'deck.assets': { path: deckPath, assets: assetPaths },
  'deck.sources': { path: deckPath, text: nullable(text) },
  'deck.blocks': { path: deckPath, theme: nullable(themeSetting), blocks: blockRequests },
  'deck.create': { name: deckName },
  'asset.add': { deck: deckPath, name: imageName, base64 },
  'recovery.put': { path: deckPath, text: nullable(text) },
  'recovery.get': { path: deckPath },
  'export.pdf': { path: nullable(deckPath), layout: oneOf(PDF_LAYOUTS), size: oneOf(PDF_SIZES) },
  'presentation.get': { path: deckPath },
  'presentation.change': { path: deckPath, change: presentationChange, client: clientId },
  'rehearsal.list': { path: deckPath },
  'rehearsal.save': { path: deckPath, run: rehearsalRun },
  'rehearsal.export': { path: deckPath },
  'window.open': { view: oneOf(['present', 'presenter']), path: deckPath },
  'view.report': { view: oneOf(APP_VIEWS), path: nullable(deckPath) },
}

/** Checks across a request's fields, once each field has passed its own. */
const ACROSS: Partial<Record<Channel, (fields: Record<string, unknown>) => void>> = {
  'export.pdf': ({ layout, size }) => {
    if (isPdfHandout(layout as PdfLayout) && size === '16:9') fail('export.pdf: handouts are portrait pages; size must be a4 or letter')
  },
}

function exactKeys(object: Record<string, unknown>, keys: string[], name: string): void {
  for (const key of Object.keys(object)) if (!keys.includes(key)) fail(`${name} has an unknown field \`${key}\``)
  for (const key of keys) if (!(key in object)) fail(`${name} is missing \`${key}\``)
}

/**
 * Checks a request from the UI before any handler sees it: the channel must be one of the
 * contract's, and the request must have exactly its fields, each of the right kind. Throws
 * E_FORBIDDEN for an unknown channel and E_INVALID for a bad request.
 */
export function validateRequest<C extends Channel>(channel: unknown, request: unknown): { channel: C; request: Request<C> } {
  if (typeof channel !== 'string' || !(CHANNELS as readonly string[]).includes(channel)) {
    throw new BriefdeckError('E_FORBIDDEN', `unknown channel \`${String(channel).slice(0, 40)}\``)
  }
  const shape = SHAPES[channel as Channel]
  if (typeof request !== 'object' || request === null || Array.isArray(request)) fail(`${channel}: the request must be an object`)
  const fields = request as Record<string, unknown>
  exactKeys(fields, Object.keys(shape), channel)
  for (const [key, check] of Object.entries(shape)) check(fields[key], `${channel}: ${key}`)
  ACROSS[channel as Channel]?.(fields)
  return { channel: channel as C, request: request as Request<C> }
}
