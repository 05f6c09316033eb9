import type { BriefdeckApi } from '../../core/api/contract';
import { type SaveSession } from './save-session';
/**
 * Keeps unsaved text from being lost: the browser asks before leaving the page, and the text goes
 * to the recovery file shortly after each edit (or the file is removed once nothing is unsaved).
 */
export declare class UnsavedGuard {
    private readonly api;
    private readonly path;
    private readonly session;
    private timer;
    private readonly warn;
    constructor(api: BriefdeckApi, path: string, session: () => SaveSession);
    edited(): void;
    dispose(): void;
    private keep;
}
