/**
 * A page's footer: the deck title and the page number, which the document fills in once every page
 * is laid out. `overSlide`: on a 16:9 page the footer sits over the slide itself, smaller.
 */
export declare function pageFooter(title: string, overSlide: boolean): string;
