import type { Extension } from '@codemirror/state';
import type { BriefdeckApi } from '../../core/api/contract';
/**
 * Images pasted or dropped into the editor are copied into the deck's `assets/` folder (the workspace
 * checks their bytes) and linked where they landed, as `![name](assets/name.png)`.
 */
export declare function imageDrop(api: BriefdeckApi, deck: string, failed: (message: string) => void): Extension;
