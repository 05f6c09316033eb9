import type { BriefdeckApi } from '../../core/api/contract';
import { type DiskText, type SaveSession } from './save-session';
/** What the save controller needs from the editor around it. */
export interface SavePorts {
    /** Puts text into the source editor: a silent reload, or the disk's version taken in a conflict. */
    replaceText(text: string): void;
    /** Shows a new session (the bar, the conflict banner). */
    show(session: SaveSession): void;
}
/**
 * Runs the save session against the workspace: saves with the version the editor loaded, so a file
 * changed on disk since is never overwritten, and turns every outcome and every change on disk into
 * a SaveEvent. The session decides; this only does the I/O it asks for.
 */
export declare class SaveController {
    private readonly api;
    private readonly path;
    private readonly ports;
    private current;
    /** The save on its way, if any: a change on disk is looked at only after it. */
    private writing;
    constructor(api: BriefdeckApi, path: string, loaded: DiskText, ports: SavePorts);
    get session(): SaveSession;
    edited(text: string): void;
    /** Ctrl+S, the Save button, File › Save. */
    save(): Promise<void>;
    /** "Keep mine": saves the editor's text over the newer file on disk. */
    keepMine(): Promise<void>;
    takeTheirs(): void;
    /** The deck changed on disk (maybe by this editor's own save): reads it and lets the session decide. */
    diskChanged(): Promise<void>;
    private dispatch;
    /** Writes while the session is saving: once, or again for text typed during a save. */
    private write;
    private writeOnce;
}
