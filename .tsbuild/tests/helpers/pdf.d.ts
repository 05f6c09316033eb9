import { PNG } from 'pngjs';
/** `pdfinfo` as a record (poppler: reads the PDF back as any viewer would). */
export declare function pdfInfo(file: string): Record<string, string>;
/** The text of a page range, as `pdftotext` extracts it (proves text is real, selectable text). */
export declare function pdfText(file: string, first?: number, last?: number | undefined): string;
/** `pdffonts` rows: name and whether the font is embedded. */
export declare function pdfFonts(file: string): Array<{
    name: string;
    embedded: boolean;
}>;
/** The PDF's bookmarks as [title, 0-based page, children]. */
export declare function pdfOutline(file: string): Promise<Array<[string, number, unknown[]]>>;
/** Renders one PDF page to PNG with poppler. */
export declare function renderPage(file: string, page: number, dpi: number): PNG;
/**
 * How two images differ: the mean absolute channel difference (0–255) and the share of pixels that
 * differ by more than 64 in any channel. Different sizes count as entirely different.
 */
export declare function imageDifference(a: PNG, b: PNG): {
    mean: number;
    changed: number;
};
