/** One diagram drawn by the diagram page, or why not; `line` is 1-based in the diagram's source when Mermaid says where. */
export type DrawnDiagram = { ok: true; svg: string; alt: string } | { ok: false; message: string; line?: number }

/** How diagrams look: Mermaid's theme variables and the font the deck's theme sets text in. */
export interface DiagramLook {
  font: string
  themeVariables: Record<string, string>
}
