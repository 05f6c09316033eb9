import type { DeckSnapshot } from '../../core/api/contract';
import { type RevealApi } from '../shared/reveal-deck';
/**
 * Brings the preview to a new version of the deck touching only the slides that changed, and keeps
 * reveal.js on the same slide and fragment. A change of shape (slides added or removed) re-renders all.
 */
export declare function patchPreview(deck: RevealApi, before: DeckSnapshot, after: DeckSnapshot): number[];
