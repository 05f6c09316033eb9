import Reveal from 'reveal.js';
import type { BriefdeckApi, DeckSnapshot, SlidePosition } from '../../core/api/contract';
export type RevealApi = InstanceType<typeof Reveal>;
/** Options for one reveal.js instance on a page (the audience view, or a presenter preview). */
export interface DeckOptions {
    embedded: boolean;
    /** Whether this instance takes the keyboard (the audience view and the presenter's current slide). */
    keyboard: boolean;
    controls: boolean;
}
/**
 * Starts reveal.js on a container with a compiled deck. Our router owns the URL hash, so reveal's
 * hash and history are off whatever the deck says.
 */
export declare function mountDeck(container: HTMLElement, snapshot: DeckSnapshot, options: DeckOptions): Promise<RevealApi>;
/** Where a deck is now, with `f` = -1 before its first fragment. */
export declare function positionOf(deck: RevealApi): SlidePosition;
export declare function samePosition(a: SlidePosition, b: SlidePosition): boolean;
/**
 * Puts a new version of the deck in place and stays on the same slide and fragment: what an open
 * view does when the file changes on disk.
 */
export declare function replaceSlides(deck: RevealApi, snapshot: DeckSnapshot): void;
/** Highlights the code blocks under `root` again, after its HTML was replaced. */
export declare function highlightCode(deck: RevealApi, root: ParentNode): void;
/**
 * Keeps a deck in step with every other view of it, in this browser or another device: local moves
 * are sent through the API, moves from elsewhere are applied (without echoing them back).
 */
export declare function syncPosition(api: BriefdeckApi, path: string, deck: RevealApi, client: string, onMove?: () => void): () => void;
/**
 * Typing a slide number and Enter jumps there, as in PowerPoint and Keynote. Numbers count slides
 * in reading order, vertical ones included, from 1.
 */
export declare function jumpOnNumber(deck: RevealApi): () => void;
/** A random id for this window, so it can tell its own moves from other views'. */
export declare function newClientId(): string;
