import type { BriefdeckApi } from '../../core/api/contract';
/** Offers back unsaved text kept from a crash or a killed app, once, until the author chooses. */
export declare class RecoveryBanner {
    private readonly api;
    private readonly path;
    readonly element: HTMLDivElement;
    constructor(api: BriefdeckApi, path: string);
    /** Shows the offer if text different from the file's `loaded` text was kept; `restore` puts it back. */
    offer(loaded: string, restore: (text: string) => void): Promise<void>;
    dismiss(): void;
}
