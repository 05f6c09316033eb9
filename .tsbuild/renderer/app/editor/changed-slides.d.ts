import type { SlideView } from '../../core/api/contract';
/** What changed between two versions of a deck, slide by slide. */
export declare function changedSlides(before: readonly SlideView[], after: readonly SlideView[]): {
    sameShape: boolean;
    changed: number[];
};
