import type { ChartSpec } from './chart-spec'

/** A text alternative lists each value up to this many rows; beyond, it gives the range. */
const LISTED_ROWS = 12

/**
 * A chart's text alternative, for screen readers and the PowerPoint picture's description: its
 * title, what it plots, and its data (each value when there are few, else how many and their range).
 */
export function chartAlt(spec: ChartSpec, rows: ReadonlyArray<Record<string, unknown>>): string {
  const title = textOf(spec.title) || textOf(spec.description)
  const mark = typeof spec.mark === 'string' ? spec.mark : textOf((spec.mark as Record<string, unknown> | undefined)?.type) || 'layered'
  const encoding = (spec.encoding ?? {}) as Record<string, Record<string, unknown> | undefined>
  const field = (channel: string): string => textOf(encoding[channel]?.field)
  const name = (channel: string): string => textOf(encoding[channel]?.title) || field(channel)
  const [x, y] = [field('x') || field('theta'), field('y') || field('theta')]
  const parts = [title ? `${title.replace(/[.\s]+$/, '')}. ` : '', `${capital(mark)} chart${name('y') && name('x') ? ` of ${name('y')} by ${name('x')}` : ''}`]
  if (field('color')) parts.push(`, by ${name('color')}`)
  parts.push(`, ${rows.length} data point${rows.length === 1 ? '' : 's'}`)
  const label = x && x !== y ? x : field('color')
  if (rows.length > 0 && rows.length <= LISTED_ROWS && label && y) {
    parts.push(`: ${rows.map((row) => `${show(row[label])} ${show(row[y])}${field('color') && label !== field('color') ? ` (${show(row[field('color')])})` : ''}`).join('; ')}`)
  } else if (y) {
    const values = rows.map((row) => Number(row[y])).filter(Number.isFinite)
    if (values.length > 0) parts.push(`; ${name('y')} from ${Math.min(...values)} to ${Math.max(...values)}`)
  }
  return `${parts.join('')}.`.replace(/\.\.$/, '.').trim()
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join(' ')
  if (typeof value === 'object' && value !== null && 'text' in value) return textOf((value as { text: unknown }).text)
  return ''
}

function show(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return String(value ?? '')
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
