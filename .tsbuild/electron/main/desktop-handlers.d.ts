import type { ExportResult, Handlers } from '../../renderer/core/api/contract';
import type { Workspace } from '../node/workspace/workspace';
/** What only the desktop app does around the workspace's handlers. */
export interface DesktopPorts {
    /** Opens a deck's audience or presenter window where it belongs (the audience full screen on the projector). */
    openWindow(view: 'present' | 'presenter', path: string): void;
    /** A view opened a deck: the menu's deck actions now apply to it. */
    deckOpened(path: string): void;
    /** An export is running (true) or over (false), for the task bar's progress. */
    exporting(running: boolean): void;
    /** An export was written, to offer "Show in folder". */
    exported(result: ExportResult): void;
}
/**
 * The desktop app's handlers: the workspace's own for everything that touches files (so the same
 * confinement, file naming and export run as in browser mode), with the app placing windows itself.
 */
export declare function desktopHandlers(workspace: Workspace, ports: DesktopPorts): Handlers;
