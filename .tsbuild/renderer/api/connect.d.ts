import type { BriefdeckApi } from '../core/api/contract';
/**
 * The API for this window: Electron's preload bridge when present, else browser mode's HTTP. In
 * browser mode the token arrives once in the address (`?token=`), is kept in this origin's
 * localStorage (no other port or site can read it), and leaves the address bar and history.
 */
export declare function connectApi(): BriefdeckApi;
