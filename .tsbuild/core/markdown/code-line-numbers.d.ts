import type { MarkedExtension } from 'marked';
/**
 * Fenced code with a language and reveal.js's line-highlight steps, e.g. ```` ```js [1-2|3] ````,
 * rendered as `<pre><code class="language-js" data-line-numbers="1-2|3">` for the highlight plugin.
 */
export declare function codeLineNumbers(): MarkedExtension;
