import type { MarkedExtension, Tokens } from 'marked'
import { blockPlaceholder } from '../blocks/block-placeholder'

/**
 * A ```` ```mermaid ```` fence: a Mermaid diagram, left as a placeholder that a host draws to SVG
 * in a browser after the compile (see renderer/core/blocks/).
 */
export function mermaidFence(): MarkedExtension {
  return {
    renderer: {
      code: ({ text, lang }: Tokens.Code) => ((lang ?? '').trim().split(/\s+/)[0] === 'mermaid' ? blockPlaceholder('mermaid', text) : false),
    },
  }
}
