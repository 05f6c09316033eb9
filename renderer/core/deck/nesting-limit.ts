/**
 * How deep Markdown may nest. Real decks nest lists and quotes a few levels; marked's time grows
 * steeply with depth (800 nested list levels take seconds) and its recursion overflows the stack
 * near 4,000 quote levels, so a hostile deck could hang or crash the compiler without these limits.
 */
export const MAX_INDENT_COLUMNS = 256
export const MAX_QUOTE_DEPTH = 100

/** The first line (0-based) of Markdown that nests deeper than the limits, with why, or null. */
export function findExcessiveNesting(lines: readonly string[]): { index: number; reason: string } | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    let indent = 0
    let quotes = 0
    for (let c = 0; c < line.length; c++) {
      const ch = line[c]
      if (ch === ' ') indent++
      else if (ch === '\t') indent += 4 - (indent % 4)
      else if (ch === '>') quotes++
      else break
      if (indent > MAX_INDENT_COLUMNS) return { index: i, reason: `indented more than ${MAX_INDENT_COLUMNS} columns` }
      if (quotes > MAX_QUOTE_DEPTH) return { index: i, reason: `quoted more than ${MAX_QUOTE_DEPTH} levels deep` }
    }
  }
  return null
}
