import type { DeckSnapshot } from '../../core/api/contract';
/** The Problems panel under the preview: each finding with its line; a click goes there. */
export declare class ProblemsPanel {
    private readonly goToLine;
    readonly element: HTMLElement;
    private readonly list;
    private readonly count;
    private snapshot;
    private overflowing;
    private timer;
    constructor(goToLine: (line: number) => void);
    /** Lists a new compile's findings now, and its overflowing slides after a pause. */
    show(snapshot: DeckSnapshot): void;
    destroy(): void;
    private measure;
    private render;
}
