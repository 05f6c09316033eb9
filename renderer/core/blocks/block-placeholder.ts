import { escapeHtml } from '../html/escape-html'
import { BLOCK_LABELS, type BlockKind, type BlockResult, type SlideBlock } from './block'

/**
 * The HTML a block's fence renders to: a figure naming its kind, with its source as text. The
 * source goes through the sanitiser as any text does; collectBlocks takes it out again.
 */
export function blockPlaceholder(kind: BlockKind, source: string): string {
  return `<figure class="bd-block" data-bd-block="${kind}"><pre>${escapeHtml(source)}</pre></figure>\n`
}

/**
 * A block's figure on the slide: while it is being drawn (`null`) a note saying so, then the drawing
 * or a box with why there is none. Serialised exactly as the HTML parser writes it back, so the
 * pending figure is found again in a slide's HTML by its text.
 */
export function blockFigure(block: SlideBlock, result: BlockResult | null): string {
  const state = result === null ? ' bd-block-pending' : result.ok ? '' : ' bd-block-error'
  const label = BLOCK_LABELS[block.kind]
  const body = result === null ? `<p class="bd-block-note">Drawing the ${label}…</p>`
    : result.ok ? result.svg
    : `<p class="bd-block-note">This ${label} is not drawn: ${escapeHtml(result.message)}</p>`
  return `<figure class="bd-block bd-${block.kind}${state}" data-bd-block="${block.kind}" data-bd-key="${escapeHtml(block.key)}">${body}</figure>`
}
