/** The page sizes an export offers, in the order the UI lists them. */
export declare const PRINT_SIZES: readonly ["16:9", "a4", "letter"];
/** Page size: the deck's own 16:9, or A4 / US Letter (landscape for slides, portrait for handouts). */
export type PrintSize = typeof PRINT_SIZES[number];
/** The page layouts an export offers. */
export declare const PRINT_LAYOUTS: readonly ["slides", "handout"];
/** `slides`: one slide per page. `handout`: portrait pages with each slide and its speaker notes. */
export type PrintLayout = typeof PRINT_LAYOUTS[number];
/** The page size a layout gets when none is asked for: slides at their own 16:9, handouts on A4. */
export declare function defaultPrintSize(layout: PrintLayout): PrintSize;
/** A print page: its size in CSS pixels, and the same size as an @page `size` value. */
export interface PageBox {
    w: number;
    h: number;
    css: string;
}
/** The margin around a page's content, in CSS pixels. */
export declare const PAGE_MARGIN: number;
/** Room for the footer under a slide on a page with margins. */
export declare const FOOTER_HEIGHT: number;
/** A print page's size in CSS pixels, and as an @page size: landscape for slides, portrait for handouts. */
export declare function printPageSize(layout: PrintLayout, size: PrintSize): PageBox;
/** Whether a page is exactly one slide: the slide fills it, with no margins. */
export declare function isSlidePage(page: PageBox): boolean;
/** The generated part of the print CSS: the @page size, and the geometry assets/styles/print.css reads. */
export declare function pageGeometryCss(page: PageBox): string;
/** A length in CSS pixels, to a hundredth. */
export declare function px(n: number): string;
