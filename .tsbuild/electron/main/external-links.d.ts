/**
 * Whether a link clicked in a deck may open in the system browser: only http(s) to a named host,
 * without credentials. Everything else (file:, javascript:, custom schemes that launch programs) is
 * refused, because the OS would hand it to whatever program claims it.
 */
export declare function isSafeExternalUrl(raw: string): boolean;
