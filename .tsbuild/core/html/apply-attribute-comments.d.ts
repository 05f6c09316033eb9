import { type Element } from 'domhandler';
/**
 * Applies reveal.js attribute comments to a slide's tree exactly as reveal.js's markdown plugin
 * does: an element comment styles the nearest preceding element sibling (not `<br>`), or its
 * parent when there is none, or the last item of a list it directly follows; a slide comment, or an
 * element comment with nowhere to go, styles the slide's `<section>`.
 */
export declare function applyAttributeComments(section: Element): void;
