import type { BriefdeckApi } from '../core/api/contract';
/** The API for this window: Electron's preload bridge when present, else browser mode's HTTP. */
export declare function connectApi(): BriefdeckApi;
