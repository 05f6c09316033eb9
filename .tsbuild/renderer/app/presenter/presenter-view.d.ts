import type { BriefdeckApi } from '../../core/api/contract';
/**
 * The presenter view, for the speaker's screen: the current slide, the next slide or fragment, the
 * notes in large adjustable type, elapsed and wall-clock time with pause and reset, slide n of N,
 * pacing against the deck's `duration` and `data-timing`, and an overview grid. Navigating here moves
 * every audience view, and the other way round.
 */
export declare function presenterView(root: HTMLElement, api: BriefdeckApi, path: string): Promise<() => void>;
