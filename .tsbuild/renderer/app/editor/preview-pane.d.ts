import type { BriefdeckApi, DeckSnapshot } from '../../core/api/contract';
/** What the preview reads from the source editor, and whom it tells about each compile. */
export interface PreviewSource {
    text(): string;
    cursorLine(): number;
    goToLine(line: number): void;
    compiled(snapshot: DeckSnapshot): void;
    failed(message: string): void;
}
/**
 * The live preview beside the source: reveal.js on the deck as typed. It compiles off the typing path
 * through `deck.preview`, patches only the slides that changed, follows the cursor, and a click on a
 * slide moves the cursor to its source.
 */
export declare class PreviewPane {
    private readonly api;
    private readonly path;
    private readonly deck;
    private snapshot;
    private readonly source;
    private timer;
    private compiling;
    /** An edit arrived during a compile: compile once more when it ends. */
    private again;
    private constructor();
    /** Compiles `text` and starts reveal.js on `box` with it. */
    static open(box: HTMLElement, api: BriefdeckApi, path: string, text: string, source: PreviewSource): Promise<PreviewPane>;
    /** Compiles the text once typing pauses. */
    schedule(): void;
    /** Shows the slide whose source holds the cursor. */
    followCursor(): void;
    destroy(): void;
    private refresh;
    private clickToSource;
}
