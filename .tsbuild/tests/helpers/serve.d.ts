import { type ChildProcess } from 'node:child_process';
export interface Served {
    /** The address with its token, as printed. */
    url: string;
    /** http://127.0.0.1:PORT */
    origin: string;
    token: string;
    port: number;
    child: ChildProcess;
    output(): string;
    stop(signal?: NodeJS.Signals): Promise<number | null>;
}
/** Starts the real `briefdeck serve` in its own process on a free port and waits for its address. */
export declare function startServe(folder: string, extra?: string[], env?: NodeJS.ProcessEnv): Promise<Served>;
