import type { BriefdeckApi } from '../../core/api/contract';
/**
 * Opens a view of a deck in its own window: the desktop app places it (presenter on the laptop,
 * audience on the projector); a browser opens a popup.
 */
export declare function openViewWindow(api: BriefdeckApi, view: 'present' | 'presenter', path: string): Promise<void>;
/**
 * The audience view: the deck full screen. Keys as in reveal.js and PowerPoint: arrows, space,
 * PageUp/PageDown (clickers), Home/End, B or . to black the screen, F full screen, O or Esc for the
 * overview, a number and Enter to jump, S for the presenter view. Follows the presenter from any
 * window or device, and reloads in place when the file changes.
 */
export declare function presentView(root: HTMLElement, api: BriefdeckApi, path: string): Promise<() => void>;
