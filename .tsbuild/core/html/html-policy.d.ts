import { type HtmlElement, type HtmlParent } from './html-tree';
/**
 * What HTML a deck may contain: elements that format or show media and cannot run script, in the
 * namespace where the HTML parser puts them. Names are as the parser gives them (SVG's camelCase).
 */
export declare const HTML_ELEMENTS: Set<string>;
export declare const SVG_ELEMENTS: Set<string>;
export declare const MATHML_ELEMENTS: Set<string>;
/**
 * Removed with everything inside them: they run script, load documents, or parse differently in
 * browsers than in Briefdeck's parser (`select` and its kin in Chromium's customisable select, the
 * raw-text elements, `noscript` with scripting off, `template` contents).
 */
export declare const DROPPED_WITH_CONTENT: Set<string>;
/**
 * Whether an element may stay under its parent, DOMPurify-style: `<svg>` and `<math>` only in HTML,
 * their elements only in their own namespace, HTML inside them only at integration points, and
 * `<style>` nowhere inside foreign content (its text would be markup there).
 */
export declare function isPlacementAllowed(element: HtmlElement, parent: HtmlParent): boolean;
/** Whether an element not allowed where it is should go with its content (else it is unwrapped). */
export declare function isDroppedWithContent(element: HtmlElement): boolean;
export declare const HTML_GLOBAL_ATTRIBUTES: Set<string>;
export declare const HTML_ATTRIBUTES: Record<string, readonly string[]>;
export declare const SVG_ATTRIBUTES: Set<string>;
export declare const MATHML_ATTRIBUTES: Set<string>;
/** SVG presentation attributes the browser reads as CSS values, so they may hold `url()`. */
export declare const SVG_CSS_ATTRIBUTES: Set<string>;
/** Whether an attribute (by its qualified name) is allowed on an element at all. */
export declare function isAttributeAllowed(element: HtmlElement, name: string): boolean;
/**
 * Ids the page's own scripts and styles use: a deck element with one of these could stand in for the
 * runtime's config (`bd-config`) or a global the runtime reads (`window.RevealHighlight`), so such
 * ids are removed.
 */
export declare function isReservedId(id: string): boolean;
