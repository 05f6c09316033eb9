import { type SaveSession } from './save-session';
/** The bar's commands. */
export interface BarActions {
    save(): void;
    present(): void;
}
/** The editor's bar: the way back, the file, its save status with the ● mark, and the commands. */
export declare class EditorBar {
    readonly element: HTMLElement;
    private readonly dirtyMark;
    private readonly status;
    /** What went wrong besides saving (an image not added, a preview not compiled), until the next edit. */
    private readonly note;
    constructor(path: string, actions: BarActions, themeButton: HTMLElement);
    show(session: SaveSession): void;
    /** Says what went wrong; an empty message clears it. */
    tell(message: string): void;
}
