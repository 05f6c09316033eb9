import type { Printer } from '../node/export/printer';
import { type Workspace } from '../node/workspace/workspace';
export interface ServeOptions {
    folder: string;
    /** 0 picks a free port. */
    port: number;
    /** 127.0.0.1 unless the presenter opts in to other devices. */
    host: string;
    token?: string;
    printer?: Printer;
    /** Where unsaved editor text is kept (default: the workspace's, under $XDG_CACHE_HOME). */
    recoveryDir?: string;
}
export interface RunningServer {
    /** The address to open on this computer, with its token. */
    url: string;
    /** Every address to print: on a LAN, the ones phones and tablets can open first. */
    urls: string[];
    port: number;
    token: string;
    workspace: Workspace;
    close(): Promise<void>;
}
/** Starts browser mode; resolves once it listens. A taken port fails with a suggestion of a free one. */
export declare function startServer(options: ServeOptions): Promise<RunningServer>;
