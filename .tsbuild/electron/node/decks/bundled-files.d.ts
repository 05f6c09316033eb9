import type { InlineScript } from '../../../renderer/core/html/render-deck';
/** Reads one of Briefdeck's own files (themes, fonts, templates, reveal.js) once per process: every deck of a book shares them. */
export declare function readBundledFile(path: string): string;
/** Reads a file of Briefdeck's own templates (`assets/templates/`). */
export declare function readTemplate(name: string): string;
/** Reads a stylesheet of Briefdeck's own (`assets/styles/`). */
export declare function readStyle(name: string): string;
/** The base64 SHA-256 of a text, as a CSP names an allowed inline script. */
export declare function sha256Base64(text: string): string;
/** An inline script with the hash a CSP allows it by. */
export declare function toInlineScript(code: string): InlineScript;
