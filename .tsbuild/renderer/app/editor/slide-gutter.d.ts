import { type Extension } from '@codemirror/state';
/** Slide separators and `Note:` lines, marked in their own gutter as the compiler reads them. */
export declare function slideGutter(): Extension;
