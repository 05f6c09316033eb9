import { slideSources } from './source-map'

/** Lines [from, to) of a text's `\n`-separated lines (0-based). */
interface LineSpan {
  from: number
  to: number
}

/**
 * Moves slide `from` to position `to` (both in reading order) by moving its source text exactly:
 * the lines from its first to its last non-blank line, notes included. Separators, the blank lines
 * around them and the front matter stay where they are, so each position keeps its kind (a vertical
 * slide's position stays vertical). Returns the new text and the 1-based line the moved slide now starts on.
 */
export function moveSlide(text: string, from: number, to: number): { text: string; line: number } {
  const lines = text.split('\n')
  const spans = slideSources(text).map((slide) => contentOf(lines, slide.startLine - 1, slide.endLine))
  if (from === to || !spans[from] || !spans[to]) return { text, line: spans[from] ? spans[from].from + 1 : 1 }
  const order = spans.map((_, i) => i)
  order.splice(to, 0, ...order.splice(from, 1))
  const out: string[] = []
  let line = 1
  let at = 0
  spans.forEach((span, position) => {
    append(out, lines, at, span.from)
    if (position === to) line = out.length + 1
    const moved = spans[order[position]]
    append(out, lines, moved.from, moved.to)
    at = span.to
  })
  append(out, lines, at, lines.length)
  return { text: out.join('\n'), line }
}

/** A loop, not `push(...slice)`: a long stretch of lines would pass the engine's limit on arguments. */
function append(out: string[], lines: readonly string[], from: number, to: number): void {
  for (let i = from; i < to; i++) out.push(lines[i])
}

/** The span of a slide's lines [start, end) without the blank lines around its content (empty at its start when it has none). */
function contentOf(lines: readonly string[], start: number, end: number): LineSpan {
  let from = start
  let to = end
  while (from < to && lines[from].trim() === '') from++
  while (to > from && lines[to - 1].trim() === '') to--
  return from === to ? { from: start, to: start } : { from, to }
}
