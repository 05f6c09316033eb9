import type { IncomingMessage, ServerResponse } from 'node:http';
export declare function send(response: ServerResponse, status: number, type: string, body: string): void;
/** Serves a file inside `root`, refusing anything that resolves outside it (`..`, absolute paths, symlinks). */
export declare function serveFile(response: ServerResponse, root: string, relativePath: string, type: (file: string) => string): Promise<void>;
/** The JSON body of an API request, refusing anything else or anything too large. */
export declare function readJson(request: IncomingMessage): Promise<unknown>;
export declare function decodePath(path: string): string | null;
