import { type HtmlComment, type HtmlElement } from './html-tree';
/** Where an attribute set by a comment came from, so a problem with it points at the comment's line. */
export type AttributeOrigins = Map<HtmlElement, Map<string, HtmlComment>>;
/**
 * Applies reveal.js attribute comments to a slide's tree exactly as reveal.js's markdown plugin
 * does: an element comment (`<!-- .element: class="x" -->`) styles the nearest preceding element
 * sibling (not `<br>`), or its parent when there is none, or the last item of a list it directly
 * follows; a slide comment (`<!-- .slide: data-state="y" -->`), or an element comment with nowhere
 * to go, styles the slide's `<section>`. Returns where each applied attribute came from.
 */
export declare function applyAttributeComments(section: HtmlElement): AttributeOrigins;
/**
 * Reads reveal.js's `.element` / `.slide:` marker and the attributes after it, to the end of that
 * line, in one pass (a regex over attribute text backtracks quadratically on long values). Null
 * when the comment has no such marker.
 */
export declare function readComment(data: string, marker: '.element' | '.slide:'): {
    attributes: Array<[string, string]>;
    rest: string;
} | null;
/** `name="value"`, `name='value'` or a bare `name` (such as `data-autoplay`), as reveal.js reads them; names lower-cased. */
export declare function readAttributes(text: string): Array<[string, string]>;
