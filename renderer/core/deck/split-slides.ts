import type { Diagnostic } from './deck'
import { MAX_SEPARATOR_LINE, type Separators } from './separators'

/** The Markdown of one slide before rendering, with where each part starts in the file. */
export interface SlideSource {
  h: number
  v: number
  startLine: number
  endLine: number
  body: string
  bodyLine: number
  notes: string
  notesLine: number
}

const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/

/**
 * Splits a deck body into slides the way reveal.js's markdown plugin does, but line by line so
 * that a separator or a `Note:` line inside a fenced code block is left alone.
 * `firstLine` is the file line of the body's first line; lines are already `\n`-separated.
 */
export function splitSlides(
  body: string,
  firstLine: number,
  separators: Separators,
  file: string,
): { slides: SlideSource[]; diagnostics: Diagnostic[] } {
  const lines = body.split('\n')
  const slides: SlideSource[] = []
  const diagnostics: Diagnostic[] = []
  let h = 0
  let v = 0
  let start = 0
  let notesAt = -1
  let fence: { marker: string; line: number } | null = null

  const flush = (end: number): void => {
    const bodyEnd = notesAt === -1 ? end : notesAt
    const notesText = notesAt === -1 ? '' : [lines[notesAt].slice(Math.max(0, separators.notes.end(lines[notesAt]))), ...lines.slice(notesAt + 1, end)].join('\n')
    slides.push({
      h, v,
      startLine: firstLine + start,
      endLine: firstLine + Math.max(start, end - 1),
      body: lines.slice(start, bodyEnd).join('\n'),
      bodyLine: firstLine + start,
      notes: notesText.trim(),
      notesLine: firstLine + (notesAt === -1 ? start : notesAt),
    })
    notesAt = -1
  }

  for (let i = 0; i < lines.length; i++) {
    const line = trimEndBlanks(lines[i])
    if (fence) {
      if (isFenceClose(line, fence.marker)) fence = null
      continue
    }
    const open = FENCE_OPEN.exec(line)
    // CommonMark: a backtick fence's info string may not contain a backtick (then it is inline code).
    if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
      fence = { marker: open[1], line: firstLine + i }
      continue
    }
    const short = line.length <= MAX_SEPARATOR_LINE
    if (short && separators.horizontal.test(line)) {
      flush(i)
      h++
      v = 0
      start = i + 1
    } else if (short && separators.vertical?.test(line)) {
      flush(i)
      v++
      start = i + 1
    } else if (notesAt === -1 && separators.notes.test(line.slice(0, MAX_SEPARATOR_LINE))) {
      notesAt = i
    }
  }
  flush(lines.length)
  if (fence) {
    diagnostics.push({
      code: 'E_UNCLOSED_FENCE', severity: 'error', file, line: fence.line,
      message: `code fence ${fence.marker.length > 12 ? `of ${fence.marker.length} ${fence.marker[0]} characters` : fence.marker} opened here is never closed`,
    })
  }
  return { slides, diagnostics }
}

/** The line without trailing spaces and tabs (a loop: `/[ \t]+$/` backtracks quadratically on long indents). */
function trimEndBlanks(line: string): string {
  let end = line.length
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--
  return end === line.length ? line : line.slice(0, end)
}

function isFenceClose(line: string, marker: string): boolean {
  const trimmed = line.trimStart()
  if (trimmed.length < marker.length || trimmed[0] !== marker[0]) return false
  for (const ch of trimmed) if (ch !== marker[0]) return false
  return true
}
