import { type DefaultTreeAdapterTypes, html } from 'parse5';
/** The nodes of an HTML tree, as the HTML standard's parser builds it (parse5's default tree). */
export type HtmlNode = DefaultTreeAdapterTypes.Node;
export type HtmlElement = DefaultTreeAdapterTypes.Element;
export type HtmlParent = DefaultTreeAdapterTypes.ParentNode;
export type HtmlChild = DefaultTreeAdapterTypes.ChildNode;
export type HtmlFragment = DefaultTreeAdapterTypes.DocumentFragment;
export type HtmlText = DefaultTreeAdapterTypes.TextNode;
export type HtmlComment = DefaultTreeAdapterTypes.CommentNode;
export declare const NS: typeof html.NS;
/**
 * Parses HTML the way a browser parses it inside a `<section>` (the HTML standard's fragment
 * algorithm, foreign content included), so what Briefdeck inspects is what a page will build.
 * With `locations`, every node knows its offset in `source`.
 */
export declare function parseHtml(source: string, options?: {
    locations?: boolean;
}): HtmlFragment;
/**
 * Serialises children as the HTML standard does; parse5 escapes `&`, `"`, `<` and `>` in every
 * attribute value, so no attribute can be read as markup by a later parser (checked at load below).
 */
export declare function serializeHtml(node: HtmlParent): string;
export declare function isElement(node: HtmlNode): node is HtmlElement;
export declare function isText(node: HtmlNode): node is HtmlText;
export declare function isComment(node: HtmlNode): node is HtmlComment;
/** An element's attribute (a plain one, not namespaced), or undefined. */
export declare function getAttribute(element: HtmlElement, name: string): string | undefined;
export declare function setAttribute(element: HtmlElement, name: string, value: string): void;
export declare function removeAttribute(element: HtmlElement, name: string): void;
/** An element's plain attributes as a record. */
export declare function attributesOf(element: HtmlElement): Record<string, string>;
export declare function hasClass(element: HtmlElement, name: string): boolean;
export declare function createElement(name: string, attributes?: Record<string, string>): HtmlElement;
export declare function appendChild(parent: HtmlParent, child: HtmlChild): void;
export declare function removeNode(node: HtmlChild): void;
/** Replaces an element by its children (unknown formatting tags keep their text); returns them. */
export declare function unwrap(element: HtmlElement): HtmlChild[];
/** The text of a subtree, in document order (a loop, so deep trees cannot overflow the stack). */
export declare function textContent(node: HtmlNode): string;
/** Every element under `root` (not `root` itself) that `match` accepts, in document order. */
export declare function findAll(root: HtmlNode, match: (element: HtmlElement) => boolean): HtmlElement[];
/** The children of a node that has them (elements, fragments); a `<template>`'s content is not followed. */
export declare function childrenOf(node: HtmlNode): HtmlChild[];
/** Visits `root` and its descendants in document order, iteratively. */
export declare function walk(root: HtmlNode, visit: (node: HtmlNode) => void): void;
