import { type BriefdeckApi } from '../core/api/contract';
/** What the HTTP client needs from its environment: the browser's own, or stand-ins in Node. */
export interface HttpClientOptions {
    token: string;
    /** The server's origin, `http://127.0.0.1:PORT`. */
    base?: string;
    fetch?: typeof fetch;
    WebSocket?: new (url: string, protocols: string[]) => WebSocket;
}
/**
 * The API over HTTP + WebSocket (browser mode). Requests are POSTs carrying the session token in a
 * header; events arrive on one WebSocket (the token offered as a subprotocol) that reconnects by
 * itself if the server restarts.
 */
export declare function createHttpClient(options: HttpClientOptions): BriefdeckApi & {
    close(): void;
};
