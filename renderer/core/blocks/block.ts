/**
 * The blocks a compile cannot draw by itself: charts (Vega-Lite, drawn by vega) and diagrams
 * (Mermaid, drawn by a browser). The compile leaves a typed placeholder for each and goes on; a host
 * renders them (see BlockRenderer) and `fillBlocks` puts the drawings in. Math is not among them:
 * KaTeX runs inside the compile.
 */
export const BLOCK_KINDS = ['chart', 'mermaid'] as const
export type BlockKind = (typeof BLOCK_KINDS)[number]

/** What a reader calls each kind, in placeholders and messages. */
export const BLOCK_LABELS: Record<BlockKind, string> = { chart: 'chart', mermaid: 'diagram' }

/** A block to draw: its kind and its source as written between the fences. */
export interface BlockRequest {
  kind: BlockKind
  source: string
}

/** A block placed on a slide: what to draw, the key its placeholder carries, and where its source starts. */
export interface SlideBlock extends BlockRequest {
  key: string
  /** The source's first line, counted from the slide's first line (0: the same line), so a memoised slide that moved still points right. */
  offset: number
}

/**
 * A drawing, or why there is none. `svg` is sanitised (see safeBlockSvg) and carries its text
 * alternative; `text` is its visible words, for fonts and search. `line` is 1-based in the source.
 */
export type BlockResult =
  | { ok: true; svg: string; alt: string; text: string }
  | { ok: false; message: string; line?: number }

/**
 * The host's port for drawing blocks: Node for `build`, `export` and `serve` (the editor asks the
 * server through `deck.blocks`). Results come back in request order.
 */
export type BlockRenderer = (requests: readonly BlockRequest[]) => Promise<BlockResult[]>

/**
 * Whether deck text may hold a block of this kind: a fence opening with its name. A cheap look at the
 * raw text before the compile, so a host can start what draws the blocks while the deck compiles; it
 * may say yes for a fence inside another fence, which costs only that early start.
 */
export function mayHoldBlock(text: string, kind: BlockKind): boolean {
  return new RegExp(`^ {0,3}(?:\`{3,}|~{3,})[ \t]*${kind}(?:[ \t]|$)`, 'm').test(text)
}

/** A short stable name for a block's content, the same wherever it is compiled (two 32-bit FNV-1a hashes). */
export function blockKey(request: BlockRequest): string {
  const text = `${request.kind}\u0000${request.source}`
  let a = 0x811c9dc5
  let b = 0x01000193
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13)
  }
  return `${request.kind}-${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`
}
