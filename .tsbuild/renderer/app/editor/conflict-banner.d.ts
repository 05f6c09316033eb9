import type { SaveSession } from './save-session';
/** The author's two ways out of a conflict. */
export interface ConflictChoices {
    keepMine(): void;
    takeTheirs(): void;
}
/** Shown while the session is in conflict: both versions side by side, and the choice between them. */
export declare class ConflictBanner {
    readonly element: HTMLElement;
    private readonly mine;
    private readonly theirs;
    constructor(path: string, choices: ConflictChoices);
    show(session: SaveSession): void;
}
