import type { EventName, Events, Handlers, PdfLayout } from '../../../renderer/core/api/contract';
import type { Printer } from '../export/printer';
/** Where an export goes: a file to write, and how the UI reaches it (a download URL, or the path itself). */
export interface ExportTarget {
    file: string;
    location: string;
}
export interface WorkspaceOptions {
    /** The folder of decks; nothing outside it is read or written. */
    folder: string;
    printer: Printer;
    /** The URL under which the UI loads a file of the folder (its path relative to the folder, `/`-separated). */
    fileUrl(relativePath: string): string;
    /**
     * Where an export of `name` (a safe file stem) is written. Browser mode answers with a temporary file
     * and its download URL; the desktop app asks the user, and throws E_CANCELLED when they cancel.
     */
    exportTarget(name: string, layout: PdfLayout): Promise<ExportTarget>;
    /** Where unsaved editor text is kept between crashes; default $XDG_CACHE_HOME/briefdeck/recovery. */
    recoveryDir?: string;
}
export type Emit = <E extends EventName>(event: E, payload: Events[E]) => void;
export interface Workspace {
    handlers: Handlers;
    /** Listens to every event the workspace sends (all decks); returns the way to stop. */
    subscribe(listener: Emit): () => void;
    close(): Promise<void>;
}
/**
 * The one implementation of the application API: list, compile, read, save and export decks of one
 * folder, watch it for changes, and keep presenters in sync. Browser mode and the desktop app both
 * mount these handlers; only the transport differs.
 */
export declare function createWorkspace(options: WorkspaceOptions): Workspace;
