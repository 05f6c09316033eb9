/**
 * Where the editor's text stands against the file on disk, as a pure state machine: no DOM, no API.
 * The editor feeds it what happened (an edit, a save's outcome, a change on disk) and shows what it
 * says; the bar's status and the ● mark are read from it, never set on their own.
 */
export type SaveState = 'clean' | 'dirty' | 'saving' | 'saved' | 'conflict' | 'error';
/** A version of the deck file: its text and the version (content hash) the workspace gave it. */
export interface DiskText {
    text: string;
    version: string;
}
interface Known {
    /** The editor's text now. */
    text: string;
    /** The file as this editor last read or wrote it: what the next save builds on. */
    disk: DiskText;
}
export type SaveSession = (Known & {
    state: 'clean' | 'dirty' | 'saved';
})
/** `writing` is the text on its way to disk; `again` asks for one more save once it lands. */
 | (Known & {
    state: 'saving';
    writing: string;
    again: boolean;
})
/** `theirs` is the newer file on disk that the author must choose against. */
 | (Known & {
    state: 'conflict';
    theirs: DiskText;
}) | (Known & {
    state: 'error';
    message: string;
});
export type SaveEvent = {
    type: 'edited';
    text: string;
} | {
    type: 'saveStarted';
} | {
    type: 'saveSucceeded';
    version: string;
}
/** The save was refused (E_CONFLICT) because the file on disk is now `theirs`. */
 | {
    type: 'saveConflicted';
    theirs: DiskText;
} | {
    type: 'saveFailed';
    message: string;
} | {
    type: 'keptMine';
} | {
    type: 'tookTheirs';
}
/** The file on disk now reads `disk` (after a change notification). */
 | {
    type: 'diskChanged';
    disk: DiskText;
};
/** A session for text just read from disk. */
export declare function startSaveSession(disk: DiskText): SaveSession;
/** Whether the editor holds text the file on disk does not (what the unload guard and recovery protect). */
export declare function hasUnsavedText(session: SaveSession): boolean;
/** The session after `event`; an event that means nothing in the current state leaves it as it is. */
export declare function nextSaveSession(session: SaveSession, event: SaveEvent): SaveSession;
/**
 * What the editor bar shows: the status line, and whether the ● unsaved mark is on. The mark stays
 * on while a save is on its way: the text is not safe until the file on disk has it.
 */
export declare function saveStatus(session: SaveSession): {
    text: string;
    dirtyMark: boolean;
};
export {};
