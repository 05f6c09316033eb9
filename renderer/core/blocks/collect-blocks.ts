import type { Diagnostic } from '../deck/deck'
import { type HtmlElement, findAll, getAttribute, hasClass, parseHtml, textContent } from '../html/html-tree'
import { MATH_ERROR_CLASS } from '../markdown/math'
import { BLOCK_KINDS, type BlockKind, type SlideBlock, blockKey } from './block'
import { blockFigure } from './block-placeholder'

export interface CollectContext {
  file: string
  slideLine: number
  /** The source line an element of the slide came from. */
  lineOf(element: HtmlElement): number
  diagnostics: Diagnostic[]
}

/**
 * Takes a rendered slide's blocks to draw out of its tree: each placeholder keeps only a short note
 * and the key the drawing will be filed under. Formulas KaTeX refused are reported at their line.
 */
export function collectBlocks(section: HtmlElement, context: CollectContext): SlideBlock[] {
  for (const failed of findAll(section, (el) => hasClass(el, MATH_ERROR_CLASS))) {
    context.diagnostics.push({
      code: 'W_MATH', severity: 'warning', file: context.file, line: context.lineOf(failed),
      message: `formula not rendered: ${getAttribute(failed, 'data-bd-error') ?? 'KaTeX refused it'}`,
    })
  }
  const blocks: SlideBlock[] = []
  for (const figure of findAll(section, (el) => el.tagName === 'figure' && isBlockKind(getAttribute(el, 'data-bd-block')))) {
    const kind = getAttribute(figure, 'data-bd-block') as BlockKind
    const source = textContent(figure).replace(/\n$/, '')
    const block: SlideBlock = { kind, source, key: blockKey({ kind, source }), offset: context.lineOf(figure) + 1 - context.slideLine }
    blocks.push(block)
    // The pending figure, parsed from the very text fillBlocks will look for.
    const pending = parseHtml(blockFigure(block, null)).childNodes[0] as HtmlElement
    figure.attrs = pending.attrs
    figure.childNodes = pending.childNodes
    for (const child of figure.childNodes) child.parentNode = figure
  }
  return blocks
}

function isBlockKind(value: string | undefined): value is BlockKind {
  return (BLOCK_KINDS as readonly string[]).includes(value ?? '')
}
