import type { MarkedExtension, Tokens } from 'marked'
import { blockPlaceholder } from '../blocks/block-placeholder'

/**
 * A ```` ```chart ```` fence: a Vega-Lite spec in YAML or JSON, left as a placeholder that a host
 * draws to SVG after the compile (see renderer/core/blocks/).
 */
export function chartFence(): MarkedExtension {
  return {
    renderer: {
      code: ({ text, lang }: Tokens.Code) => ((lang ?? '').trim().split(/\s+/)[0] === 'chart' ? blockPlaceholder('chart', text) : false),
    },
  }
}
