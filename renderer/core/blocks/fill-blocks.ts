import type { Diagnostic, ParsedDeck, Slide } from '../deck/deck'
import { BLOCK_LABELS, type BlockRequest, type BlockResult, type SlideBlock } from './block'
import { blockFigure } from './block-placeholder'

/** What fillBlocks reports each kind's failures as. */
const FAILURE_CODES = { chart: 'W_CHART', mermaid: 'W_DIAGRAM' } as const satisfies Record<SlideBlock['kind'], Diagnostic['code']>

/** Every block of a compiled deck not yet in `known`, once each, in slide order. */
export function pendingBlocks(parsed: ParsedDeck, known: ReadonlyMap<string, BlockResult>): Array<BlockRequest & { key: string }> {
  const pending = new Map<string, BlockRequest & { key: string }>()
  for (const slide of parsed.deck.slides) {
    for (const { key, kind, source } of slide.blocks) if (!known.has(key) && !pending.has(key)) pending.set(key, { key, kind, source })
  }
  return [...pending.values()]
}

/**
 * Puts drawn blocks into their slides: each placeholder whose key has a result becomes the drawing,
 * or a visible box saying why there is none, with a warning at the block's line. Blocks without a
 * result stay placeholders. The parsed deck is not changed; slides with blocks are copied.
 */
export function fillBlocks(parsed: ParsedDeck, results: ReadonlyMap<string, BlockResult>): ParsedDeck {
  const diagnostics = [...parsed.diagnostics]
  const slides = parsed.deck.slides.map((slide): Slide => {
    if (slide.blocks.length === 0) return slide
    let { html, text } = slide
    for (const block of slide.blocks) {
      const result = results.get(block.key)
      if (!result) continue
      if (result.ok) text = `${text} ${result.text}`.trim()
      else {
        diagnostics.push({
          code: FAILURE_CODES[block.kind], severity: 'warning', file: parsed.deck.file,
          // A parser may count the end of input as one more line: the last line of the source is where to look.
          line: slide.startLine + block.offset + Math.min(Math.max(0, (result.line ?? 1) - 1), block.source.split('\n').length - 1),
          message: `${BLOCK_LABELS[block.kind]} not drawn: ${result.message}`,
        })
      }
      html = replacePlaceholder(html, block, blockFigure(block, result))
    }
    return { ...slide, html, text }
  })
  return { ...parsed, deck: { ...parsed.deck, slides }, diagnostics }
}

/** Replaces every pending figure of a block, found by its exact text. */
function replacePlaceholder(html: string, block: SlideBlock, figure: string): string {
  return html.split(blockFigure(block, null)).join(figure)
}
