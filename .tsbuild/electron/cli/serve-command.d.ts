export interface ServeCommandOptions {
    folder?: string;
    port: string;
    host: string;
    open: boolean;
}
/** The folder `serve` opens without an argument: ./slides if there is one, else the sample briefing. */
export declare function defaultFolder(cwd?: string): string;
/**
 * `briefdeck serve [folder] [--port N] [--host H] [--open]`: browser mode on 127.0.0.1 (another
 * address only when asked with --host), until Ctrl+C.
 */
export declare function serveCommand(options: ServeCommandOptions, log: (line: string) => void): Promise<void>;
