import type { Reply } from './contract';
/** Runs a handler and turns its result, or whatever it throws, into a Reply for the other side. */
export declare function toReply<T>(run: () => T | Promise<T>): Promise<Reply<T>>;
