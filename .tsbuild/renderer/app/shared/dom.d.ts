/** Creates an element with attributes and children; text children are text, never HTML. */
export declare function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes?: Record<string, string | boolean | ((event: Event) => void)>, ...children: Array<Node | string | null | undefined>): HTMLElementTagNameMap[K];
/** A diagnostic as the UI shows it: `file:line: message`. */
export declare function describeDiagnostic(d: {
    file: string;
    line: number;
    message: string;
}): string;
