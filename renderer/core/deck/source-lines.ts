import type { RenderedMarkdown } from '../markdown/create-markdown'

/**
 * Maps an offset in HTML rendered from Markdown back to a line of the deck file: the block the
 * offset falls in gives the block's first line, and the newlines since the block's start give the
 * rest (Markdown renders raw HTML and paragraphs line for line). Built once per render; each
 * lookup is a binary search, so a slide with thousands of findings costs no rescans.
 */
export function sourceLines(rendered: RenderedMarkdown, firstLine: number): (offset: number | undefined) => number {
  const newlines: number[] = []
  for (let at = rendered.html.indexOf('\n'); at !== -1; at = rendered.html.indexOf('\n', at + 1)) newlines.push(at)
  const before = (sorted: readonly unknown[], value: number, key: (i: number) => number): number => {
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (key(mid) < value) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return (offset) => {
    if (offset === undefined || rendered.blocks.length === 0) return firstLine
    const index = Math.max(0, before(rendered.blocks, offset + 1, (i) => rendered.blocks[i].offset) - 1)
    const block = rendered.blocks[index]
    const lines = before(newlines, offset, (i) => newlines[i]) - before(newlines, block.offset, (i) => newlines[i])
    return firstLine + block.line + lines
  }
}
