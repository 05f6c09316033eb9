/** One diagram drawn, or why not; `line` is 1-based in the diagram's source when Mermaid says where. */
export type DrawnDiagram = {
    ok: true;
    svg: string;
    alt: string;
} | {
    ok: false;
    message: string;
    line?: number;
};
/** What the Node host passes: Mermaid's theme variables and the font the theme sets text in. */
export interface DiagramLook {
    font: string;
    themeVariables: Record<string, string>;
}
