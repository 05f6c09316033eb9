import { type Channel, type Request } from './contract';
/** Largest deck text a save may carry; the same limit the loader enforces. */
export declare const MAX_TEXT: number;
/** Largest pasted or dropped image, as base64 (about 20 MB of image). */
export declare const MAX_IMAGE_BASE64: number;
/**
 * Checks a request from the UI before any handler sees it: the channel must be one of the
 * contract's, and the request must have exactly its fields, each of the right kind. Throws
 * E_FORBIDDEN for an unknown channel and E_INVALID for a bad request.
 */
export declare function validateRequest<C extends Channel>(channel: unknown, request: unknown): {
    channel: C;
    request: Request<C>;
};
