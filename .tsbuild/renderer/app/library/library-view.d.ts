import { type BriefdeckApi } from '../../core/api/contract';
/** The decks of the open folder, each with its first slide, length and problems; live as files change. */
export declare function libraryView(root: HTMLElement, api: BriefdeckApi, options?: {
    askNewDeck?: boolean;
}): () => void;
