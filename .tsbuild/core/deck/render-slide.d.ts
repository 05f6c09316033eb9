import type { ResolveAsset } from '../html/asset-url';
import type { RenderMarkdown } from '../markdown/create-markdown';
import type { Diagnostic, Slide } from './deck';
import type { SlideSource } from './split-slides';
export interface SlideContext {
    file: string;
    /** A selector for the deck's root, that the deck's `<style>` is confined to. */
    scope: string;
    resolveAsset?: ResolveAsset;
    diagnostics: Diagnostic[];
}
/**
 * Renders one slide: its Markdown to HTML, parsed as a browser would, reveal.js attribute comments
 * applied, sanitised; its notes likewise. Each problem names the source line it comes from.
 */
export declare function renderSlide(source: SlideSource, index: number, markdown: RenderMarkdown, context: SlideContext): Slide;
